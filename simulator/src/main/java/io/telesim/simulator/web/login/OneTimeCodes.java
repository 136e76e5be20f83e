package io.telesim.simulator.web.login;

import java.security.SecureRandom;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * F1: one-time 6-digit login codes, one live code per number; a new code replaces the old one, and a
 * code works once, within {@code lifetimeMillis} of being issued.
 */
public final class OneTimeCodes {

    /** What checking a code found. */
    public enum Check { ACCEPTED, WRONG, EXPIRED, NONE }

    private record Issued(String code, long expiresAt) {
    }

    private final SecureRandom random = new SecureRandom();
    private final Map<Long, Issued> codes = new ConcurrentHashMap<>();
    private final long lifetimeMillis;

    public OneTimeCodes(long lifetimeMillis) {
        this.lifetimeMillis = lifetimeMillis;
    }

    public long lifetimeMillis() {
        return lifetimeMillis;
    }

    /** A fresh code for {@code msisdn}, replacing any earlier one. */
    public String issue(long msisdn, long now) {
        codes.values().removeIf(issued -> issued.expiresAt() <= now);
        String code = String.format("%06d", random.nextInt(1_000_000));
        codes.put(msisdn, new Issued(code, now + lifetimeMillis));
        return code;
    }

    /** Checks {@code code}; an accepted code is used up. */
    public Check check(long msisdn, String code, long now) {
        Issued issued = codes.get(msisdn);
        if (issued == null) {
            return Check.NONE;
        }
        if (issued.expiresAt() <= now) {
            codes.remove(msisdn, issued);
            return Check.EXPIRED;
        }
        if (!java.security.MessageDigest.isEqual(issued.code().getBytes(), code.getBytes())) {
            return Check.WRONG;
        }
        codes.remove(msisdn, issued);
        return Check.ACCEPTED;
    }
}
