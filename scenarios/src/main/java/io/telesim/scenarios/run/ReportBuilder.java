package io.telesim.scenarios.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.telesim.scenarios.model.TrafficKind;
import io.telesim.scenarios.remote.AdminApi;
import io.telesim.scenarios.report.Percentiles;
import io.telesim.scenarios.report.TrafficReport;

/** Turns a traffic's {@link TrafficStats} into its part of the report, and says when its events were sent late. */
final class ReportBuilder {

    /** A traffic gets a note when more than {@link #LATE_SHARE} of its events were sent more than this late. */
    private static final long LATE_NANOS = 10_000_000;
    private static final double LATE_SHARE = 0.01;

    private ReportBuilder() {
    }

    static TrafficReport traffic(TrafficStats stats, RunClock clock, String skipped) {
        long lateEvents = stats.lateness().getTotalCount() == 0 ? 0
                : stats.lateness().getCountBetweenValues(LATE_NANOS, Math.max(LATE_NANOS, stats.lateness().getMaxValue()));
        double seconds = Math.max(1e-9, clock.measuredNanos() / 1e9);
        double[] p99 = stats.p99PerSecondNanos();
        for (int i = 0; i < p99.length; i++) {
            p99[i] /= 1e6;
        }
        Percentiles receipts = stats.kind() == TrafficKind.A2P ? Percentiles.of(stats.receiptLatency()) : null;
        return new TrafficReport(stats.name(), stats.kind().key(), via(stats.kind()), stats.offered(), stats.sentCount(), stats.succeededCount(),
                stats.refusedCount(), stats.errorCount(), stats.refusedByReason(), stats.errorsByReason(), stats.offered() / seconds,
                stats.sentCount() / seconds, stats.succeededCount() / seconds, Percentiles.of(stats.latency()), receipts,
                Percentiles.of(stats.lateness()), stats.offeredPerSecond(), stats.sentPerSecond(), stats.succeededPerSecond(),
                stats.failedPerSecond(), p99, (double) lateEvents / Math.max(1, stats.lateness().getTotalCount()), skipped);
    }

    /**
     * Notes for traffic whose events went out late: who held them depends on the interface, and for engine-level traffic
     * on whether the engine is reached over a {@code remote} target's admin API.
     */
    static List<String> lateness(List<TrafficReport> traffic, boolean remote) {
        List<String> notes = new ArrayList<>();
        for (TrafficReport t : traffic) {
            Percentiles late = t.lateness();
            if (t.skipped() != null || t.lateShare() <= LATE_SHARE) {
                continue;
            }
            boolean throughAdminApi = remote && !t.kind().equals("ussd");
            String who = switch (t.kind()) {
                case "a2p", "sms" -> "the generator, garbage collection (below) or the SMS centre's back-pressure (a bind's window full of "
                        + "unanswered submits)";
                default -> throughAdminApi ? "the generator or the target's admin API (every one of its " + AdminApi.CONNECTIONS
                        + " connections busy with an unanswered command: the generator waits for one rather than queue without bound), "
                        + "short of CPU, or garbage collection (below)"
                        : "the generator itself (its sends never wait for the operator): short of CPU, or paused with the whole process by "
                        + "garbage collection (below)";
            };
            notes.add(String.format(Locale.ROOT, "%s fell behind its schedule: %.1f%% of its events were sent more than %d ms late (p99 %.1f ms, "
                    + "max %.1f ms), held by %s; latencies count from the schedule, so they include the delay", t.name(), t.lateShare() * 100,
                    LATE_NANOS / 1_000_000, late.p99(), late.max(), who));
        }
        return notes;
    }

    static String via(TrafficKind kind) {
        return switch (kind.via()) {
            case ENGINE -> "engine";
            case SMPP -> "SMPP";
            case USSD -> "USSD/HTTP";
        };
    }

    static String skippedNote(Map.Entry<String, String> skipped) {
        return skipped.getKey() + " skipped: " + skipped.getValue();
    }
}
