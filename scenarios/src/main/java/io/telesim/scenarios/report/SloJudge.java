package io.telesim.scenarios.report;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.telesim.scenarios.model.Slo;

/** Judges each traffic against its SLOs. A skipped traffic fails every SLO it has: what was not measured was not met. */
public final class SloJudge {

    private SloJudge() {
    }

    public static List<SloVerdict> judge(Map<String, Slo> slos, List<TrafficReport> traffic) {
        List<SloVerdict> verdicts = new ArrayList<>();
        for (TrafficReport report : traffic) {
            Slo slo = slos.get(report.name());
            if (slo == null) {
                continue;
            }
            if (report.skipped() != null) {
                verdicts.add(new SloVerdict(report.name(), "ran", "yes", "skipped: " + report.skipped(), false));
                continue;
            }
            for (Map.Entry<Double, Duration> limit : new TreeMap<>(slo.latency()).entrySet()) {
                double actual = report.latency().at(limit.getKey());
                double allowed = limit.getValue().toNanos() / 1e6;
                verdicts.add(new SloVerdict(report.name(), percentileName(limit.getKey()) + " latency", "at most " + Format.millis(allowed),
                        report.latency().count() == 0 ? "no requests" : Format.millis(actual),
                        report.latency().count() > 0 && actual <= allowed));
            }
            if (slo.maxRefused() != null) {
                verdicts.add(share(report.name(), "refused", "at most", slo.maxRefused(), report.refusedShare(), report.refusedShare() <= slo.maxRefused()));
            }
            if (slo.maxErrors() != null) {
                verdicts.add(share(report.name(), "errors", "at most", slo.maxErrors(), report.errorShare(), report.errorShare() <= slo.maxErrors()));
            }
            if (slo.minAchieved() != null) {
                verdicts.add(share(report.name(), "sent of offered", "at least", slo.minAchieved(), report.achievedShare(),
                        report.achievedShare() >= slo.minAchieved()));
            }
        }
        return verdicts;
    }

    private static SloVerdict share(String traffic, String measure, String bound, double limit, double actual, boolean passed) {
        return new SloVerdict(traffic, measure, bound + " " + Format.percent(limit), Format.percent(actual), passed);
    }

    private static String percentileName(double percentile) {
        if (percentile >= 100) {
            return "max";
        }
        return percentile == Math.rint(percentile) ? "p" + (int) percentile : "p" + percentile;
    }
}
