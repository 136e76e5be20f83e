package io.telesim.scenarios.report;

import java.util.Map;

/**
 * One traffic in the report. Counts and percentiles cover the events due after the warm-up; the per-second series the
 * whole run. {@code achievedPerSecond} is events sent per measured second, {@code offeredPerSecond} what the schedule
 * asked for. Latency is per request (a call's reserve, updates and commit each count), from when it was due.
 *
 * @param receiptLatency submit to delivery receipt, or null when the traffic asks for none
 * @param lateness       how late events were sent after they were due
 * @param lateShare      the share of events sent more than 10 ms late
 * @param skipped        why the traffic did not run, or null
 */
public record TrafficReport(String name, String kind, String via, long offered, long sent, long succeeded, long refused, long errors,
                            Map<String, Long> refusedByReason, Map<String, Long> errorsByReason, double offeredPerSecond,
                            double achievedPerSecond, double succeededPerSecond, Percentiles latency, Percentiles receiptLatency,
                            Percentiles lateness, int[] offeredEachSecond, long[] sentEachSecond, long[] succeededEachSecond,
                            long[] failedEachSecond, double[] p99EachSecondMillis, double lateShare, String skipped) {

    /** Refused and errors as a share of the events that ended. */
    public double refusedShare() {
        long ended = succeeded + refused + errors;
        return ended == 0 ? 0 : (double) refused / ended;
    }

    public double errorShare() {
        long ended = succeeded + refused + errors;
        return ended == 0 ? 0 : (double) errors / ended;
    }

    public double achievedShare() {
        return offered == 0 ? 1 : (double) sent / offered;
    }
}
