package io.telesim.smpp.load;

import org.HdrHistogram.Histogram;

/** Percentiles of one latency, in microseconds, over {@code count} samples. */
public record Latency(long count, double p50Micros, double p99Micros, double p999Micros, double maxMicros) {

    static Latency of(Histogram nanos) {
        if (nanos.getTotalCount() == 0) {
            return new Latency(0, 0, 0, 0, 0);
        }
        return new Latency(nanos.getTotalCount(), nanos.getValueAtPercentile(50) / 1e3, nanos.getValueAtPercentile(99) / 1e3,
                nanos.getValueAtPercentile(99.9) / 1e3, nanos.getMaxValue() / 1e3);
    }

    @Override
    public String toString() {
        return String.format("p50 %,.1f  p99 %,.1f  p99.9 %,.1f  max %,.1f µs (%,d samples)", p50Micros, p99Micros, p999Micros,
                maxMicros, count);
    }
}
