package io.telesim.smpp.client;

import java.util.concurrent.TimeUnit;

/**
 * Where the outbound client reads time for its rate limit, the expiry of its correlations and receipts'
 * arrival times. Tests inject a manual one; link back-off and retry delays run on real time.
 */
public interface TimeSource {
    /** A monotonic time in nanoseconds, for intervals. */
    long nanoTime();

    /** Wall-clock time in epoch milliseconds. */
    long currentTimeMillis();

    /** Sleeps {@code nanos} of this source's time. */
    void sleepNanos(long nanos) throws InterruptedException;

    /** The system clock. */
    static TimeSource system() {
        return SystemTimeSource.INSTANCE;
    }

    /** The system clock. */
    enum SystemTimeSource implements TimeSource {
        INSTANCE;

        @Override
        public long nanoTime() {
            return System.nanoTime();
        }

        @Override
        public long currentTimeMillis() {
            return System.currentTimeMillis();
        }

        @Override
        public void sleepNanos(long nanos) throws InterruptedException {
            TimeUnit.NANOSECONDS.sleep(nanos);
        }
    }
}
