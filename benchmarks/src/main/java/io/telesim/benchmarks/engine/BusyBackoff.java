package io.telesim.benchmarks.engine;

import java.util.concurrent.locks.LockSupport;

/**
 * What a producer does after a BUSY answer before it submits again. On a machine with fewer cores than
 * pipeline threads the choice matters: a spinning producer takes a core from the stages that would
 * empty the ring.
 */
public enum BusyBackoff {
    /** {@link Thread#onSpinWait()}: retry at once. */
    SPIN,
    /** {@link Thread#yield()}: let a runnable stage thread have the core. */
    YIELD,
    /** {@link LockSupport#parkNanos(long)} of 1 ns: sleep for the timer's granularity (about 50 µs on Linux). */
    PARK,
    /**
     * {@link LockSupport#parkNanos(long)} of 1 ms: a producer that comes back in bursts, leaving both cores to the
     * stages meanwhile; a ring that holds more than a millisecond of commands never runs empty.
     */
    PARK_MS;

    void pause() {
        switch (this) {
            case SPIN -> Thread.onSpinWait();
            case YIELD -> Thread.yield();
            case PARK -> LockSupport.parkNanos(1);
            case PARK_MS -> LockSupport.parkNanos(1_000_000);
        }
    }
}
