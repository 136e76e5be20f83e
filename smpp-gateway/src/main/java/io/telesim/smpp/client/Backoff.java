package io.telesim.smpp.client;

import java.time.Duration;

/** Exponential back-off with a cap and "equal jitter": the n-th delay is drawn from [base/2, base], base = min * 2^n capped at max. */
final class Backoff {
    private Backoff() {}

    /**
     * @param attempt 0 for the first delay
     * @param random  a number in [0, 1)
     */
    static long delayNanos(Duration min, Duration max, int attempt, double random) {
        long minNanos = min.toNanos();
        long maxNanos = max.toNanos();
        long base = minNanos;
        for (int i = 0; i < attempt && base < maxNanos; i++) {
            base = base > maxNanos / 2 ? maxNanos : base * 2;
        }
        base = Math.min(base, maxNanos);
        long half = base / 2;
        return half + (long) (random * (base - half));
    }
}
