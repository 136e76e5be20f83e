package io.telesim.engine.clock;

/**
 * Simulated time for scenarios and demos: starts at a given instant and runs {@code speed} times faster
 * than real time; it can also be moved forward at once (to reach the next billing month, or 183 days of
 * inactivity), and its speed changed while it runs without a jump. Never goes backwards. Thread-safe.
 */
public final class SimulatedClock implements EngineClock {

    /** Where the clock stood at a real instant, and how fast it runs from there: replaced whole, so a reader sees one consistent anchor. */
    private record Anchor(long epochMillis, long nanos, double speed) {

        long at(long nowNanos) {
            long realMillis = (nowNanos - nanos) / 1_000_000L;
            return epochMillis + (long) (realMillis * speed);
        }
    }

    private volatile Anchor anchor;
    private volatile long skipped;

    public SimulatedClock(long startEpochMillis, double speed) {
        checkSpeed(speed);
        this.anchor = new Anchor(startEpochMillis, System.nanoTime(), speed);
    }

    @Override
    public long now() {
        return anchor.at(System.nanoTime()) + skipped;
    }

    @Override
    public double speed() {
        return anchor.speed();
    }

    /** Runs on at {@code newSpeed} from the time it shows now. */
    public synchronized void speed(double newSpeed) {
        checkSpeed(newSpeed);
        long nowNanos = System.nanoTime();
        anchor = new Anchor(anchor.at(nowNanos), nowNanos, newSpeed);
    }

    /** Moves the clock forward by {@code millis}. */
    public synchronized void advance(long millis) {
        if (millis < 0) {
            throw new IllegalArgumentException("the clock only moves forward");
        }
        skipped += millis;
    }

    private static void checkSpeed(double speed) {
        if (!(speed > 0) || Double.isInfinite(speed)) {
            throw new IllegalArgumentException("the clock speed must be positive, got " + speed);
        }
    }
}
