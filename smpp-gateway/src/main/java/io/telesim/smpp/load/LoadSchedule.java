package io.telesim.smpp.load;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The schedule {@link LoadSettings} describe: hands out message indexes to the binds' writer threads until the message
 * count or the duration is reached, and says when each message is due when a rate is set: message {@code i} at
 * {@code start + i / rate}, whichever bind sends it, so the binds together keep to one schedule. Message {@code i} goes
 * from the settings' source address to {@link LoadSettings#destination}.
 */
final class LoadSchedule implements SubmitSchedule {

    private final AtomicLong nextIndex = new AtomicLong();
    private final LoadSettings settings;
    private final long messages;
    private final long startNanos;
    private final long deadlineNanos;
    private final double periodNanos;

    LoadSchedule(LoadSettings settings, long startNanos) {
        this.settings = settings;
        this.messages = settings.messages() == 0 ? Long.MAX_VALUE : settings.messages();
        this.startNanos = startNanos;
        this.deadlineNanos = settings.duration().isZero() ? Long.MAX_VALUE : startNanos + settings.duration().toNanos();
        this.periodNanos = settings.ratePerSecond() == 0 ? 0 : 1e9 / settings.ratePerSecond();
    }

    /** With a rate, no message due after the deadline. */
    @Override
    public long next(long nowNanos) {
        if (pastDeadline(nowNanos)) {
            return DONE;
        }
        long index = nextIndex.getAndIncrement();
        if (index >= messages || paced() && pastDeadline(dueNanos(index))) {
            return DONE;
        }
        return index;
    }

    @Override
    public boolean exhausted(long nowNanos) {
        long index = nextIndex.get();
        return index >= messages || pastDeadline(nowNanos) || paced() && pastDeadline(dueNanos(index));
    }

    private boolean pastDeadline(long nanos) {
        return deadlineNanos != Long.MAX_VALUE && nanos - deadlineNanos >= 0;
    }

    private boolean paced() {
        return periodNanos > 0;
    }

    @Override
    public long dueNanos(long index) {
        return paced() ? startNanos + (long) (index * periodNanos) : AT_ONCE;
    }

    @Override
    public String sourceAddress(long index) {
        return settings.sourceAddress();
    }

    @Override
    public String destinationAddress(long index) {
        return Long.toString(settings.destination(index));
    }
}
