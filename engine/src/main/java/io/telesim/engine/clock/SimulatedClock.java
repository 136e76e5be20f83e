package io.telesim.engine.clock;

/**
 * Simulated time for scenarios and demos: starts at a given instant and runs {@code speed} times faster
 * than real time; it can also be moved forward at once (to reach the next billing month, or 183 days of
 * inactivity). Never goes backwards. Thread-safe.
 */
public final class SimulatedClock implements EngineClock {

    private final long start;
    private final long startNanos;
    private final double speed;
    private volatile long skipped;

    public SimulatedClock(long startEpochMillis, double speed) {
        if (speed <= 0) {
            throw new IllegalArgumentException("the clock speed must be positive, got " + speed);
        }
        this.start = startEpochMillis;
        this.startNanos = System.nanoTime();
        this.speed = speed;
    }

    @Override
    public long now() {
        long realMillis = (System.nanoTime() - startNanos) / 1_000_000L;
        return start + (long) (realMillis * speed) + skipped;
    }

    @Override
    public double speed() {
        return speed;
    }

    /** Moves the clock forward by {@code millis}. */
    public synchronized void advance(long millis) {
        if (millis < 0) {
            throw new IllegalArgumentException("the clock only moves forward");
        }
        skipped += millis;
    }
}
