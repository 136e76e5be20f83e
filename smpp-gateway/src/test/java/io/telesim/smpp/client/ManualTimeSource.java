package io.telesim.smpp.client;

import java.time.Duration;

/** A time source that moves only when the test says; sleepers wake when it has moved far enough. */
final class ManualTimeSource implements TimeSource {
    private static final long EPOCH_MILLIS = 1_705_320_000_000L; // 2024-01-15T12:00:00Z

    private long nanos = 1_000_000_000L;
    private int sleepers;

    @Override
    public synchronized long nanoTime() {
        return nanos;
    }

    @Override
    public synchronized long currentTimeMillis() {
        return EPOCH_MILLIS + nanos / 1_000_000L;
    }

    @Override
    public synchronized void sleepNanos(long duration) throws InterruptedException {
        long until = nanos + duration;
        sleepers++;
        try {
            while (nanos - until < 0) {
                wait();
            }
        } finally {
            sleepers--;
        }
    }

    synchronized void advance(Duration by) {
        nanos += by.toNanos();
        notifyAll();
    }

    /** Threads sleeping on this clock now. */
    synchronized int sleepers() {
        return sleepers;
    }
}
