package io.telesim.benchmarks.ussd;

import java.util.Locale;

import org.HdrHistogram.Histogram;

/**
 * One measured run of {@link HandsetLoad}: steps and sessions completed in {@code seconds}, failures, and the
 * latency of every step answered in that time.
 */
record LoadReport(int handsets, double seconds, long steps, long sessions, long failures, Histogram latency) {

    /** This run and {@code other} as one: times, counts and histograms added. */
    LoadReport plus(LoadReport other) {
        Histogram both = latency.copy();
        both.add(other.latency);
        return new LoadReport(handsets, seconds + other.seconds, steps + other.steps, sessions + other.sessions, failures + other.failures,
                both);
    }

    double stepsPerSecond() {
        return steps / seconds;
    }

    double sessionsPerSecond() {
        return sessions / seconds;
    }

    /** p50 / p90 / p99 / p99.9 / max of a step, in milliseconds. */
    String percentiles() {
        return percentiles(latency);
    }

    static String percentiles(Histogram histogram) {
        return String.format(Locale.ROOT, "p50 %.3f  p90 %.3f  p99 %.3f  p99.9 %.3f  max %.3f ms (%,d steps)",
                millis(histogram.getValueAtPercentile(50)), millis(histogram.getValueAtPercentile(90)),
                millis(histogram.getValueAtPercentile(99)), millis(histogram.getValueAtPercentile(99.9)), millis(histogram.getMaxValue()),
                histogram.getTotalCount());
    }

    String summary() {
        return String.format(Locale.ROOT, "%d handsets, %.1f s: %,d steps (%,.0f/s), %,d sessions (%,.0f/s), %,d failures%n  step latency %s%n",
                handsets, seconds, steps, stepsPerSecond(), sessions, sessionsPerSecond(), failures, percentiles());
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }
}
