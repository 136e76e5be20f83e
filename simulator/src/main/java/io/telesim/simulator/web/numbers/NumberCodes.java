package io.telesim.simulator.web.numbers;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.telesim.simulator.web.login.LoginLocks;
import io.telesim.simulator.web.login.OneTimeCodes;
import io.telesim.simulator.web.login.RequestLimits;

/**
 * The one-time codes that prove a subscriber holds the number they want to add to their account (F8): sent
 * by SMS to that number, for the account that asked, valid for {@link #LIFETIME_MILLIS}. Codes are asked
 * for at most 5 times an hour per number, 30 s apart; 5 wrong codes void the code until a new one is sent.
 * Separate from the login codes, so one never stands for the other. Times are wall-clock millis.
 */
final class NumberCodes {

    static final long LIFETIME_MILLIS = 10 * 60_000L;

    private final OneTimeCodes codes = new OneTimeCodes(LIFETIME_MILLIS);
    private final LoginLocks attempts = new LoginLocks();
    private final RequestLimits limits = new RequestLimits(5, 3_600_000L, 30_000L);
    /** Which account's primary number asked for each number's live code. */
    private final Map<Long, Long> askedBy = new ConcurrentHashMap<>();

    /** 0 when a code may be sent to {@code number} now (and counts it), else how many millis to wait. */
    long tryAcquire(long number, long now) {
        return limits.tryAcquire(Long.toString(number), now);
    }

    /** A fresh code for {@code number}, asked by the account of {@code primary}; it replaces any earlier one. */
    String issue(long primary, long number, long now) {
        String code = codes.issue(number, now);
        askedBy.put(number, primary);
        attempts.unlock(number);
        return code;
    }

    /** Checks the code given for {@code number} by the account of {@code primary}: null when accepted (and used up). */
    Refusal check(long primary, long number, String code, long now) {
        if (attempts.locked(number)) {
            return new Refusal("too_many_attempts", "too many wrong codes: ask for a new code for " + number);
        }
        Long asker = askedBy.get(number);
        if (asker == null || asker != primary) {
            return new Refusal("no_code", "no code was sent to " + number + " for your account: ask for one first");
        }
        return switch (codes.check(number, code == null ? "" : code.strip(), now)) {
            case ACCEPTED -> {
                askedBy.remove(number, primary);
                attempts.unlock(number);
                yield null;
            }
            case EXPIRED -> new Refusal("code_expired", "the code has expired: ask for a new one");
            case NONE -> new Refusal("no_code", "no code was sent to " + number + " for your account: ask for one first");
            case WRONG -> {
                int left = attempts.fail(number);
                yield new Refusal("wrong_code", left == 0 ? "wrong code; that was the last attempt: ask for a new code"
                        : "wrong code (" + left + " attempts left)");
            }
        };
    }
}
