package io.telesim.smpp.server;

import java.util.function.LongSupplier;

/**
 * A token bucket: {@code perSecond} messages a second on average, bursts of up to one second's worth.
 * Shared by every bind of one ESME; 0 means no limit.
 */
final class Throttle {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final long perSecond;
    private final LongSupplier nanoTime;
    private double tokens;
    private long last;

    Throttle(long perSecond, LongSupplier nanoTime) {
        this.perSecond = perSecond;
        this.nanoTime = nanoTime;
        this.tokens = perSecond;
        this.last = nanoTime.getAsLong();
    }

    /** Takes one token; false when the ESME is over its rate. */
    synchronized boolean tryAcquire() {
        if (perSecond == 0) {
            return true;
        }
        long now = nanoTime.getAsLong();
        tokens = Math.min(perSecond, tokens + (now - last) * (double) perSecond / NANOS_PER_SECOND);
        last = now;
        if (tokens < 1) {
            return false;
        }
        tokens -= 1;
        return true;
    }
}
