package io.telesim.scenarios.run;

import java.time.Duration;

/**
 * The run's timeline in {@link System#nanoTime()}: traffic starts at {@link #startNanos()}, the warm-up ends and
 * measuring begins {@code warmup} later, and no event is due after {@link #endNanos()}. An event counts in the report
 * when it was due after the warm-up, wherever it ended.
 */
public final class RunClock {

    private final long startNanos;
    private final long warmupNanos;
    private final long totalNanos;

    public RunClock(long startNanos, Duration warmup, Duration total) {
        this.startNanos = startNanos;
        this.warmupNanos = warmup.toNanos();
        this.totalNanos = total.toNanos();
    }

    public long startNanos() {
        return startNanos;
    }

    public long endNanos() {
        return startNanos + totalNanos;
    }

    public long totalNanos() {
        return totalNanos;
    }

    /** Whole seconds of the run, for per-second series. */
    public int seconds() {
        return (int) ((totalNanos + 999_999_999) / 1_000_000_000);
    }

    /** True for an event due after the warm-up. */
    public boolean measured(long dueNanos) {
        return dueNanos - startNanos >= warmupNanos;
    }

    public long measuredNanos() {
        return totalNanos - warmupNanos;
    }

    public int warmupSeconds() {
        return (int) (warmupNanos / 1_000_000_000);
    }

    /** The second of the run {@code nanos} falls in, clamped to the run (a late answer counts in the last second). */
    public int secondOf(long nanos) {
        long offset = nanos - startNanos;
        if (offset < 0) {
            return 0;
        }
        return (int) Math.min(seconds() - 1, offset / 1_000_000_000);
    }
}
