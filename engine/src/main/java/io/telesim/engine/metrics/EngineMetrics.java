package io.telesim.engine.metrics;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.SingleWriterRecorder;

import io.telesim.engine.CommandType;

/**
 * Latency from submit to reply per command type (HdrHistogram, recorded wait-free by the output thread)
 * and counters, read by any thread as snapshots. Recording allocates nothing.
 */
public final class EngineMetrics {

    private static final long MAX_TRACKED_NANOS = TimeUnit.SECONDS.toNanos(60);

    private final SingleWriterRecorder[] latency = new SingleWriterRecorder[CommandType.values().length];
    private final Histogram[] totals = new Histogram[CommandType.values().length];
    private volatile long replied;
    private volatile long duplicates;
    private final LongAdder busy = new LongAdder();
    private volatile long engineErrors;

    public EngineMetrics() {
        for (int i = 0; i < latency.length; i++) {
            latency[i] = new SingleWriterRecorder(MAX_TRACKED_NANOS, 3);
            totals[i] = new Histogram(MAX_TRACKED_NANOS, 3);
        }
    }

    /** Output thread only. */
    public void recordReply(CommandType type, long latencyNanos, boolean duplicate) {
        if (latencyNanos > 0) {
            latency[type.ordinal()].recordValue(Math.min(latencyNanos, MAX_TRACKED_NANOS));
        }
        replied++;
        if (duplicate) {
            duplicates++;
        }
    }

    /** Output thread only. */
    public void engineErrors(long errors) {
        this.engineErrors = errors;
    }

    /** Any producer thread. */
    public void recordBusy() {
        busy.increment();
    }

    public long replied() {
        return replied;
    }

    public long duplicates() {
        return duplicates;
    }

    /** Submits refused because the ring was full. */
    public long busy() {
        return busy.sum();
    }

    public long engineErrors() {
        return engineErrors;
    }

    /**
     * Latency histograms (nanoseconds) since start, by command type, for types that have seen commands.
     * Takes what was recorded since the last call and adds it to the running totals: call from one thread.
     */
    public synchronized Map<CommandType, Histogram> latencySinceStart() {
        Map<CommandType, Histogram> map = new EnumMap<>(CommandType.class);
        for (CommandType type : CommandType.values()) {
            Histogram interval = latency[type.ordinal()].getIntervalHistogram();
            totals[type.ordinal()].add(interval);
            if (totals[type.ordinal()].getTotalCount() > 0) {
                map.put(type, totals[type.ordinal()].copy());
            }
        }
        return map;
    }
}
