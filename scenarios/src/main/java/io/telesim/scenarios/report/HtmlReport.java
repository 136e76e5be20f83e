package io.telesim.scenarios.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.telesim.scenarios.check.InvariantResult;

/**
 * {@code report.html} for people: the verdict, charts of latency by percentile, throughput and p99 over time (inline
 * SVG, nothing fetched from anywhere), and the tables of the terminal report.
 */
public final class HtmlReport {

    private static final double MAX_NINES = 5;

    private HtmlReport() {
    }

    public static void write(RunReport report, Path file) throws IOException {
        Files.writeString(file, html(report), StandardCharsets.UTF_8);
    }

    static String html(RunReport report) {
        StringBuilder page = new StringBuilder();
        page.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(Html.escape(report.scenario()))
                .append(" - Telesim scenario report</title>\n<style>body{font-family:sans-serif;margin:24px;color:#222}"
                        + "table{border-collapse:collapse;margin:8px 0 16px}td,th{border:1px solid #ccc;padding:3px 8px;text-align:right;white-space:nowrap}"
                        + "td:first-child,th:first-child{text-align:left}.ok{color:#080}.bad{color:#c00;font-weight:bold}"
                        + ".muted{color:#777}svg{display:block;margin:12px 0}</style></head><body>\n");
        page.append("<h1>").append(Html.escape(report.scenario())).append("</h1>\n<p>").append(Html.escape(report.description())).append("</p>\n");
        page.append("<p class=\"").append(report.passed() ? "ok" : "bad").append("\">")
                .append(report.passed() ? "PASSED: every expectation held." : "FAILED: an expectation did not hold.").append("</p>\n");
        page.append(String.format("<p class=\"muted\">%s, started %s; %d s measured after %d s of warm-up; seed %d%s; %s; %,d subscribers.</p>%n",
                Html.escape(report.source()), Html.escape(report.startedAt()), report.durationSeconds(), report.warmupSeconds(), report.seed(),
                report.rateScale() == 1 ? "" : "; rates x" + report.rateScale(), Html.escape(report.operator()), report.subscribers()));
        trafficTable(page, report.traffic());
        page.append(latencyChart(report.traffic()));
        page.append(throughputChart(report));
        page.append(p99Chart(report));
        invariants(page, report);
        slos(page, report.slos());
        if (!report.setup().isEmpty() || !report.notes().isEmpty()) {
            page.append("<h2>Notes</h2><ul>");
            report.setup().forEach(line -> page.append("<li>setup: ").append(Html.escape(line)).append("</li>"));
            report.notes().forEach(line -> page.append("<li>").append(Html.escape(line)).append("</li>"));
            page.append("</ul>\n");
        }
        return page.append("</body></html>\n").toString();
    }

    private static void trafficTable(StringBuilder page, List<TrafficReport> traffic) {
        page.append("<h2>Traffic</h2><table><tr><th>traffic</th><th>via</th><th>offered</th><th>offered/s</th><th>sent/s</th>"
                + "<th>succeeded</th><th>refused</th><th>errors</th><th>p50</th><th>p90</th><th>p99</th><th>p99.9</th><th>max</th></tr>\n");
        for (TrafficReport t : traffic) {
            if (t.skipped() != null) {
                page.append("<tr><td>").append(Html.escape(t.name())).append("</td><td>").append(t.via())
                        .append("</td><td colspan=\"11\" class=\"muted\">skipped: ").append(Html.escape(t.skipped())).append("</td></tr>\n");
                continue;
            }
            Percentiles l = t.latency();
            page.append(String.format("<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td>"
                            + "<td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>%n", Html.escape(t.name()), t.via(), Format.count(t.offered()),
                    Format.rate(t.offeredPerSecond()), Format.rate(t.achievedPerSecond()), Format.count(t.succeeded()), Format.count(t.refused()),
                    Format.count(t.errors()), Format.millis(l.p50()), Format.millis(l.p90()), Format.millis(l.p99()), Format.millis(l.p999()),
                    Format.millis(l.max())));
            if (t.receiptLatency() != null && t.receiptLatency().count() > 0) {
                Percentiles r = t.receiptLatency();
                page.append(String.format("<tr class=\"muted\"><td>%s receipts</td><td></td><td></td><td></td><td></td><td>%s</td><td></td>"
                                + "<td></td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>%n", Html.escape(t.name()),
                        Format.count(r.count()), Format.millis(r.p50()), Format.millis(r.p90()), Format.millis(r.p99()), Format.millis(r.p999()),
                        Format.millis(r.max())));
            }
            reasons(page, t.name() + " refused", t.refusedByReason());
            reasons(page, t.name() + " errors", t.errorsByReason());
        }
        page.append("</table>\n");
    }

    private static void reasons(StringBuilder page, String what, Map<String, Long> reasons) {
        reasons.forEach((reason, count) -> page.append("<tr class=\"muted\"><td colspan=\"13\" style=\"white-space:normal\">").append(Html.escape(what)).append(": ")
                .append(Format.count(count)).append(" ").append(Html.escape(reason)).append("</td></tr>\n"));
    }

    private static String latencyChart(List<TrafficReport> traffic) {
        SvgLineChart chart = new SvgLineChart("Latency by percentile (measured, from when each request was due)", "percentile",
                "milliseconds", true);
        String[] labels = {"0%", "90%", "99%", "99.9%", "99.99%", "max"};
        for (int i = 0; i < labels.length; i++) {
            chart.xTick(i, labels[i]);
        }
        int color = 0;
        for (TrafficReport t : traffic) {
            List<double[]> points = t.latency().spectrum();
            if (points.isEmpty()) {
                color++;
                continue;
            }
            double[] xs = new double[points.size()];
            double[] ys = new double[points.size()];
            for (int i = 0; i < points.size(); i++) {
                double percentile = points.get(i)[0];
                xs[i] = percentile >= 100 ? MAX_NINES : Math.min(MAX_NINES, Math.log10(100 / (100 - percentile)));
                ys[i] = points.get(i)[1];
            }
            chart.series(t.name(), SvgLineChart.COLORS[color++ % SvgLineChart.COLORS.length], xs, ys, false);
        }
        return chart.svg();
    }

    private static String throughputChart(RunReport report) {
        SvgLineChart chart = new SvgLineChart("Throughput: succeeded per second (dashed: offered)", "seconds into the run", "events per second",
                false).band(0, report.warmupSeconds(), "warm-up");
        int color = 0;
        for (TrafficReport t : report.traffic()) {
            String colour = SvgLineChart.COLORS[color++ % SvgLineChart.COLORS.length];
            if (t.skipped() != null || t.succeededEachSecond().length == 0) {
                continue;
            }
            int n = t.succeededEachSecond().length;
            double[] xs = new double[n];
            double[] succeeded = new double[n];
            double[] offered = new double[n];
            for (int i = 0; i < n; i++) {
                xs[i] = i + 0.5;
                succeeded[i] = t.succeededEachSecond()[i];
                offered[i] = t.offeredEachSecond()[i];
            }
            chart.series(t.name() + " offered", colour, xs, offered, true);
            chart.series(t.name(), colour, xs, succeeded, false);
        }
        return chart.svg();
    }

    private static String p99Chart(RunReport report) {
        SvgLineChart chart = new SvgLineChart("p99 latency of each second", "seconds into the run", "milliseconds", true)
                .band(0, report.warmupSeconds(), "warm-up");
        int color = 0;
        for (TrafficReport t : report.traffic()) {
            String colour = SvgLineChart.COLORS[color++ % SvgLineChart.COLORS.length];
            double[] p99 = t.p99EachSecondMillis();
            if (t.skipped() != null || p99.length == 0) {
                continue;
            }
            double[] xs = new double[p99.length];
            for (int i = 0; i < p99.length; i++) {
                xs[i] = i + 0.5;
            }
            chart.series(t.name(), colour, xs, p99, false);
        }
        return chart.svg();
    }

    private static void invariants(StringBuilder page, RunReport report) {
        page.append("<h2>Invariants</h2><table><tr><th>invariant</th><th>result</th><th>what was found</th></tr>\n");
        for (InvariantResult result : report.invariants()) {
            String verdict = !result.checked() ? "<span class=\"muted\">not checked</span>"
                    : result.held() ? "<span class=\"ok\">held</span>" : "<span class=\"bad\">FAILED</span>";
            page.append("<tr><td>").append(Html.escape(result.invariant().description())).append("</td><td>").append(verdict)
                    .append("</td><td style=\"text-align:left\">").append(Html.escape(result.summary()));
            result.examples().forEach(example -> page.append("<br><span class=\"muted\">").append(Html.escape(example)).append("</span>"));
            page.append("</td></tr>\n");
        }
        if (report.heap() != null) {
            HeapReport heap = report.heap();
            page.append(String.format("<tr><td>heap stays flat</td><td>%s</td><td style=\"text-align:left\">%.0f MB in the middle third, %.0f MB "
                            + "in the last (%+.1f%%)</td></tr>%n", heap.maxGrowth() == null ? "<span class=\"muted\">no limit</span>"
                            : heap.passed() ? "<span class=\"ok\">held</span>" : "<span class=\"bad\">FAILED</span>", heap.middleThirdMb(),
                    heap.lastThirdMb(), heap.growth() * 100));
        }
        page.append("</table>\n");
    }

    private static void slos(StringBuilder page, List<SloVerdict> slos) {
        if (slos.isEmpty()) {
            return;
        }
        page.append("<h2>SLOs</h2><table><tr><th>traffic</th><th>measure</th><th>limit</th><th>actual</th><th>verdict</th></tr>\n");
        for (SloVerdict verdict : slos) {
            page.append("<tr><td>").append(Html.escape(verdict.traffic())).append("</td><td>").append(Html.escape(verdict.measure()))
                    .append("</td><td>").append(Html.escape(verdict.limit())).append("</td><td>").append(Html.escape(verdict.actual()))
                    .append("</td><td>").append(verdict.passed() ? "<span class=\"ok\">met</span>" : "<span class=\"bad\">MISSED</span>")
                    .append("</td></tr>\n");
        }
        page.append("</table>\n");
    }
}
