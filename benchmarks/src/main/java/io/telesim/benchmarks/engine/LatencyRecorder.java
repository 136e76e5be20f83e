package io.telesim.benchmarks.engine;

import java.util.concurrent.TimeUnit;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.SingleWriterRecorder;

import io.telesim.engine.Reply;

/**
 * Records, for every reply, its time less the time its command was <em>meant</em> to be sent (not when it was
 * sent): a generator that fell behind, or a command that waited for room in the ring, is charged to the
 * latency, so coordinated omission is corrected by construction. The generator notes each command's intended
 * time under its command id before submitting it; the output thread reads it when the reply comes (the ring's
 * sequences order the two).
 *
 * <p>Writers: the generator writes {@link #intend}; the engine's output thread calls {@link #onReply}, the only
 * writer of the recorder. Any one thread reads the histograms.
 */
final class LatencyRecorder extends ReplyTally {

    private static final int IDS = 1 << 22;
    private static final long HIGHEST = TimeUnit.SECONDS.toNanos(60);

    private final long[] intendedById = new long[IDS];
    private final SingleWriterRecorder recorder = new SingleWriterRecorder(HIGHEST, 3);
    private final Histogram total = new Histogram(HIGHEST, 3);
    private volatile long measureFrom = Long.MAX_VALUE;
    private volatile long replied;

    /** Commands meant to be sent from {@code nanoTime} on are recorded; those before are warm-up. */
    void measureFrom(long nanoTime) {
        measureFrom = nanoTime;
    }

    void intend(long commandId, long intendedNanos) {
        intendedById[(int) (commandId & (IDS - 1))] = intendedNanos;
    }

    @Override
    public void onReply(Reply reply) {
        long now = System.nanoTime();
        super.onReply(reply);
        long intended = intendedById[(int) (reply.commandId() & (IDS - 1))];
        if (intended >= measureFrom) {
            recorder.recordValue(Math.min(HIGHEST, Math.max(0, now - intended)));
        }
        replied++; // single writer
    }

    long replied() {
        return replied;
    }

    /** What was recorded since the last call; also added to {@link #total()}. One reading thread. */
    Histogram interval() {
        Histogram interval = recorder.getIntervalHistogram();
        total.add(interval);
        return interval;
    }

    Histogram total() {
        return total;
    }
}
