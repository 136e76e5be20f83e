package io.telesim.scenarios.report;

import java.util.ArrayList;
import java.util.List;

import org.HdrHistogram.Histogram;

/** Latency percentiles in milliseconds over {@code count} requests, and the points of its percentile chart. */
public record Percentiles(long count, double p50, double p90, double p99, double p999, double max, List<double[]> spectrum) {

    /** The percentiles the chart plots: most of the picture is in the tail. */
    private static final double[] CHART = {0, 25, 50, 75, 90, 95, 99, 99.5, 99.9, 99.95, 99.99, 99.999, 100};

    public Percentiles {
        spectrum = List.copyOf(spectrum);
    }

    public static Percentiles of(Histogram nanos) {
        if (nanos.getTotalCount() == 0) {
            return new Percentiles(0, 0, 0, 0, 0, 0, List.of());
        }
        List<double[]> points = new ArrayList<>();
        for (double percentile : CHART) {
            points.add(new double[] {percentile, millis(percentile == 100 ? nanos.getMaxValue() : nanos.getValueAtPercentile(percentile))});
        }
        return new Percentiles(nanos.getTotalCount(), millis(nanos.getValueAtPercentile(50)), millis(nanos.getValueAtPercentile(90)),
                millis(nanos.getValueAtPercentile(99)), millis(nanos.getValueAtPercentile(99.9)), millis(nanos.getMaxValue()), points);
    }

    /** The value at {@code percentile} (50, 90, 99, 99.9, or 100 for the maximum). */
    public double at(double percentile) {
        if (percentile >= 100) {
            return max;
        }
        if (percentile >= 99.9) {
            return p999;
        }
        if (percentile >= 99) {
            return p99;
        }
        return percentile >= 90 ? p90 : p50;
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }
}
