package io.telesim.smpp.client;

/**
 * A token bucket on a {@link TimeSource}: {@code perSecond} tokens a second, holding at most {@code burst},
 * full at the start. Integer arithmetic (a token is 10^9 units; a nanosecond adds {@code perSecond} units),
 * so a manual clock gives exact counts.
 */
final class TokenBucket {
    private static final long UNIT = 1_000_000_000L;

    private final TimeSource time;
    private final long perSecond;
    private final long capacityUnits;
    private final long maxElapsedNanos;
    private long units;
    private long last;

    TokenBucket(int perSecond, int burst, TimeSource time) {
        if (perSecond < 1 || burst < 1 || perSecond > UNIT) {
            throw new IllegalArgumentException("perSecond and burst must be at least 1");
        }
        this.time = time;
        this.perSecond = perSecond;
        // a nanosecond's worth over the burst: waits are rounded up to whole nanoseconds, and a sender that
        // sleeps exactly as told must not lose that rounding to the cap (it never adds up to a token)
        this.capacityUnits = burst * UNIT + perSecond - 1;
        this.maxElapsedNanos = capacityUnits / perSecond + 1;
        this.units = burst * UNIT;
        this.last = time.nanoTime();
    }

    /** Takes a token if there is one: 0; otherwise nothing is taken and the answer is the nanoseconds until one. */
    synchronized long tryAcquire() {
        long now = time.nanoTime();
        long elapsed = now - last;
        if (elapsed > 0) {
            units = Math.min(capacityUnits, units + Math.min(elapsed, maxElapsedNanos) * perSecond);
            last = now;
        }
        if (units >= UNIT) {
            units -= UNIT;
            return 0;
        }
        return (UNIT - units + perSecond - 1) / perSecond;
    }

    /** Takes a token, sleeping on the time source until there is one. */
    void acquire() throws InterruptedException {
        for (long wait = tryAcquire(); wait > 0; wait = tryAcquire()) {
            time.sleepNanos(wait);
        }
    }
}
