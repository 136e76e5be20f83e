package io.telesim.simulator.web.login;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * F2: wrong codes and passwords counted per number; the fifth locks the login until a new code is
 * requested by SMS (which {@link #unlock}s it). A successful login clears the count.
 */
public final class LoginLocks {

    public static final int MAX_FAILURES = 5;

    private final Map<Long, Integer> failures = new ConcurrentHashMap<>();

    public boolean locked(long msisdn) {
        return failures.getOrDefault(msisdn, 0) >= MAX_FAILURES;
    }

    /** Counts a wrong attempt; returns how many attempts are left before the lock. */
    public int fail(long msisdn) {
        int count = failures.merge(msisdn, 1, Integer::sum);
        return Math.max(0, MAX_FAILURES - count);
    }

    public void unlock(long msisdn) {
        failures.remove(msisdn);
    }
}
