package io.telesim.smpp.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.BindType;

/**
 * Decides binds: the system_id must be configured (ESME_RINVSYSID), the password right (ESME_RINVPASWD),
 * the bind type allowed (ESME_RBINDFAIL). Failed binds of one system_id are answered later and later
 * (after {@code freeFailures}, doubling from a quarter second up to {@code maxDelay}) so guessing
 * passwords is slow; a good bind clears the count. Unknown system_ids share one count, so a client
 * inventing names cannot grow this table.
 */
final class BindGate {

    private static final String UNKNOWN = "";
    private static final long FIRST_DELAY_MILLIS = 250;
    /** Failures older than this are forgotten. */
    private static final long FORGET_NANOS = Duration.ofMinutes(10).toNanos();

    /** A bind that is refused, with its status and the time to hold the answer back. */
    record Refusal(int status, String reason, long delayMillis) {
    }

    /** The account a bind may use, or why it may not. */
    record Decision(EsmeAccount account, Refusal refusal) {
    }

    private record Failures(int count, long lastNanos) {
    }

    private final Map<String, EsmeAccount> accounts;
    private final int freeFailures;
    private final long maxDelayMillis;
    private final LongSupplier nanoTime;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    BindGate(Map<String, EsmeAccount> accounts, int freeFailures, Duration maxDelay, LongSupplier nanoTime) {
        this.accounts = Map.copyOf(accounts);
        this.freeFailures = freeFailures;
        this.maxDelayMillis = maxDelay.toMillis();
        this.nanoTime = nanoTime;
    }

    /** The account a bind with these credentials may use, or the refusal to answer it with. */
    Decision check(String systemId, String password, BindType type) {
        EsmeAccount account = accounts.get(systemId);
        if (account == null) {
            return refuse(UNKNOWN, SMPPConstant.STAT_ESME_RINVSYSID, "unknown system_id");
        }
        if (!sameSecret(account.password(), password)) {
            return refuse(systemId, SMPPConstant.STAT_ESME_RINVPASWD, "wrong password");
        }
        if (!account.bindTypes().contains(type)) {
            return refuse(systemId, SMPPConstant.STAT_ESME_RBINDFAIL, "bind type " + type + " is not allowed for " + systemId);
        }
        failures.remove(systemId);
        return new Decision(account, null);
    }

    private Decision refuse(String key, int status, String reason) {
        long now = nanoTime.getAsLong();
        Failures updated = failures.compute(key, (k, old) -> old == null || now - old.lastNanos() > FORGET_NANOS
                ? new Failures(1, now) : new Failures(old.count() + 1, now));
        int beyondFree = updated.count() - freeFailures;
        long delay = beyondFree <= 0 ? 0 : Math.min(maxDelayMillis, FIRST_DELAY_MILLIS << Math.min(beyondFree - 1, 20));
        return new Decision(null, new Refusal(status, reason, delay));
    }

    /** Compares in time that does not depend on where the strings differ. */
    private static boolean sameSecret(String expected, String given) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                (given == null ? "" : given).getBytes(StandardCharsets.UTF_8));
    }
}
