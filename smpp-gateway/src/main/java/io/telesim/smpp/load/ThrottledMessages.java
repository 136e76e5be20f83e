package io.telesim.smpp.load;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The messages of one bind that the SMSC answered ESME_RTHROTTLED, waiting to be sent again. The SMSC asked the
 * ESME to slow down, so the writer sends nothing for {@link #PAUSE_NANOS} after each throttle. A retried message
 * keeps its first send time: the delay counts in its latency. Holds at most a window of messages, since each was in
 * flight.
 *
 * <p>The bind's reader thread adds (before it frees the message's slot); its writer thread takes.
 */
final class ThrottledMessages {

    static final long PAUSE_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

    record Retry(long index, long firstSentNanos) {
    }

    private final ArrayBlockingQueue<Retry> retries;
    private volatile long pauseUntilNanos;
    private volatile long throttled;

    ThrottledMessages(int window) {
        this.retries = new ArrayBlockingQueue<>(window);
    }

    void add(long index, long firstSentNanos, long nowNanos) {
        retries.add(new Retry(index, firstSentNanos));
        pauseUntilNanos = nowNanos + PAUSE_NANOS;
        throttled++; // single writer
    }

    /** The next message to send again, or null. */
    Retry poll() {
        return retries.poll();
    }

    boolean isEmpty() {
        return retries.isEmpty();
    }

    /** Until when the writer should send nothing. */
    long pauseUntilNanos() {
        return pauseUntilNanos;
    }

    /** How many ESME_RTHROTTLED answers came. */
    long count() {
        return throttled;
    }
}
