package io.telesim.engine;

import java.util.Arrays;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One {@link NotificationSink} for the engine that hands every notice to each sink added to it, in the order
 * they were added: the SMS side, and whatever else acts on notices (the web side's auto top-ups). Sinks may be
 * added while the engine runs; a sink that throws is logged and the others still hear the notice, so one
 * failing listener never stops the engine's output thread.
 */
public final class NotificationFanOut implements NotificationSink {

    private static final Logger LOG = LoggerFactory.getLogger(NotificationFanOut.class);

    /** Copied on add, read without a lock by the engine's output thread: adds are rare, notices are not. */
    private volatile NotificationSink[] sinks = new NotificationSink[0];

    /** Hands every notice from now on to {@code sink} as well. */
    public synchronized void add(NotificationSink sink) {
        NotificationSink[] more = Arrays.copyOf(sinks, sinks.length + 1);
        more[more.length - 1] = Objects.requireNonNull(sink, "sink");
        sinks = more;
    }

    @Override
    public void onNotices(long msisdn, int notices, long balance, long time) {
        for (NotificationSink sink : sinks) {
            try {
                sink.onNotices(msisdn, notices, balance, time);
            } catch (RuntimeException e) {
                LOG.error("{} failed on the notices {} of {}", sink, notices, msisdn, e);
            }
        }
    }

    @Override
    public void onGift(long giver, long recipient, long points, long code, long time) {
        for (NotificationSink sink : sinks) {
            try {
                sink.onGift(giver, recipient, points, code, time);
            } catch (RuntimeException e) {
                LOG.error("{} failed on a gift from {} to {}", sink, giver, recipient, e);
            }
        }
    }
}
