package io.telesim.smpp.load;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Hands out message indexes to the binds' writer threads until the message count or the duration is reached, and
 * says when each message is due when a rate is set: message {@code i} at {@code start + i / rate}, whichever bind
 * sends it, so the binds together keep to one schedule.
 */
final class LoadSchedule {

    /** {@link #next} answers this when no message is left to send. */
    static final long DONE = -1;

    private final AtomicLong nextIndex = new AtomicLong();
    private final long messages;
    private final long startNanos;
    private final long deadlineNanos;
    private final double periodNanos;

    LoadSchedule(LoadSettings settings, long startNanos) {
        this.messages = settings.messages() == 0 ? Long.MAX_VALUE : settings.messages();
        this.startNanos = startNanos;
        this.deadlineNanos = settings.duration().isZero() ? Long.MAX_VALUE : startNanos + settings.duration().toNanos();
        this.periodNanos = settings.ratePerSecond() == 0 ? 0 : 1e9 / settings.ratePerSecond();
    }

    /** The index of the next message to send, or {@link #DONE}; with a rate, no message due after the deadline. */
    long next(long nowNanos) {
        if (pastDeadline(nowNanos)) {
            return DONE;
        }
        long index = nextIndex.getAndIncrement();
        if (index >= messages || paced() && pastDeadline(dueNanos(index))) {
            return DONE;
        }
        return index;
    }

    /** True once every message has been handed out, or the time is up. */
    boolean exhausted(long nowNanos) {
        long index = nextIndex.get();
        return index >= messages || pastDeadline(nowNanos) || paced() && pastDeadline(dueNanos(index));
    }

    private boolean pastDeadline(long nanos) {
        return deadlineNanos != Long.MAX_VALUE && nanos - deadlineNanos >= 0;
    }

    boolean paced() {
        return periodNanos > 0;
    }

    /** When message {@code index} is due; only when {@link #paced()}. */
    long dueNanos(long index) {
        return startNanos + (long) (index * periodNanos);
    }
}
