package io.telesim.engine.clock;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Simulated time for scenarios and demos: starts at a given instant and runs {@code speed} times faster
 * than real time; its speed can be changed while it runs, and it can be moved forward at once (to reach the
 * next billing month, or 183 days of inactivity). Time is continuous across a change of speed and never goes
 * backwards. Thread-safe: any thread may read it while another changes it.
 */
public final class SimulatedClock implements EngineClock {

    /** The current stretch of time: engine time {@code millis} at machine time {@code nanos}, running {@code speed} times real time. */
    private record Stretch(long millis, long nanos, double speed) {
        long at(long nowNanos) {
            return millis + (long) (Math.max(0, nowNanos - nanos) / 1e6 * speed);
        }
    }

    private final LongSupplier nanoTime;
    private volatile Stretch stretch;
    // A reader that took the old stretch just before a change may compute a later time than one that took the
    // new stretch just after it: the latest time handed out keeps every reader from seeing time go back.
    private final AtomicLong latest = new AtomicLong(Long.MIN_VALUE);

    public SimulatedClock(long startEpochMillis, double speed) {
        this(startEpochMillis, speed, System::nanoTime);
    }

    /** A clock over {@code nanoTime} as the machine's monotonic time, for tests that move it by hand. */
    SimulatedClock(long startEpochMillis, double speed, LongSupplier nanoTime) {
        checkSpeed(speed);
        this.nanoTime = nanoTime;
        this.stretch = new Stretch(startEpochMillis, nanoTime.getAsLong(), speed);
    }

    @Override
    public long now() {
        long nanos = nanoTime.getAsLong();
        long time = stretch.at(nanos);
        long seen = latest.get();
        while (time > seen) {
            if (latest.compareAndSet(seen, time)) {
                return time;
            }
            seen = latest.get();
        }
        return seen;
    }

    @Override
    public double speed() {
        return stretch.speed();
    }

    /** From now on runs {@code speed} times faster than real time, continuing from the time it shows now. */
    public synchronized void changeSpeed(double speed) {
        checkSpeed(speed);
        restart(0, speed);
    }

    /** Moves the clock forward by {@code millis}. */
    public synchronized void advance(long millis) {
        if (millis < 0) {
            throw new IllegalArgumentException("the clock only moves forward");
        }
        restart(millis, stretch.speed());
    }

    private void restart(long skipMillis, double speed) {
        long nanos = nanoTime.getAsLong();
        long from = Math.max(stretch.at(nanos), latest.get());
        stretch = new Stretch(from + skipMillis, nanos, speed);
    }

    private static void checkSpeed(double speed) {
        if (!(speed > 0) || Double.isInfinite(speed)) {
            throw new IllegalArgumentException("the clock speed must be a positive number, got " + speed);
        }
    }
}
