package io.telesim.scenarios.report;

import java.io.PrintWriter;
import java.util.Map;

import io.telesim.scenarios.check.InvariantResult;
import io.telesim.simulator.text.TextTable;

/** The report as the terminal shows it after a run: traffic, refusals, invariants, SLO verdicts, the outcome. */
public final class TerminalReport {

    private TerminalReport() {
    }

    public static void print(RunReport report, PrintWriter out) {
        out.printf("%nScenario %s (%s): %d s measured after %d s of warm-up, seed %d%s%n", report.scenario(), report.source(),
                report.durationSeconds(), report.warmupSeconds(), report.seed(),
                report.rateScale() == 1 ? "" : ", rates x" + report.rateScale());
        out.printf("Operator: %s; %,d subscribers%n", report.operator(), report.subscribers());
        report.setup().forEach(line -> out.println("  setup: " + line));
        out.println();
        TextTable table = new TextTable().left("traffic").left("via").right("offered").right("sent/s").right("succeeded").right("refused")
                .right("errors").right("p50").right("p90").right("p99").right("p99.9").right("max");
        for (TrafficReport t : report.traffic()) {
            if (t.skipped() != null) {
                table.row(t.name(), t.via(), "-", "-", "-", "-", "-", "-", "-", "-", "-", "skipped");
                continue;
            }
            Percentiles l = t.latency();
            table.row(t.name(), t.via(), Format.count(t.offered()), Format.rate(t.achievedPerSecond()), Format.count(t.succeeded()),
                    Format.count(t.refused()), Format.count(t.errors()), Format.millis(l.p50()), Format.millis(l.p90()), Format.millis(l.p99()),
                    Format.millis(l.p999()), Format.millis(l.max()));
            if (t.receiptLatency() != null && t.receiptLatency().count() > 0) {
                Percentiles r = t.receiptLatency();
                table.row("  " + t.name() + " receipts", "", "", "", Format.count(r.count()), "", "", Format.millis(r.p50()), Format.millis(r.p90()),
                        Format.millis(r.p99()), Format.millis(r.p999()), Format.millis(r.max()));
            }
        }
        table.print(out);
        for (TrafficReport t : report.traffic()) {
            reasons(out, t.name(), "refused", t.refusedByReason());
            reasons(out, t.name(), "errors", t.errorsByReason());
            if (t.skipped() != null) {
                out.println("  " + t.name() + " skipped: " + t.skipped());
            }
        }
        out.println();
        out.println("Invariants");
        for (InvariantResult result : report.invariants()) {
            out.printf("  %-6s %s: %s%n", !result.checked() ? "-" : result.held() ? "ok" : "FAILED", result.invariant().description(),
                    result.summary());
            result.examples().forEach(example -> out.println("           " + example));
        }
        if (report.heap() != null) {
            HeapReport heap = report.heap();
            out.printf("  %-6s heap after collections: %.0f MB in the middle third, %.0f MB in the last (%+.1f%%%s)%n",
                    heap.maxGrowth() == null ? "-" : heap.passed() ? "ok" : "FAILED", heap.middleThirdMb(), heap.lastThirdMb(), heap.growth() * 100,
                    heap.maxGrowth() == null ? "" : ", at most " + Format.percent(heap.maxGrowth()));
        }
        if (!report.slos().isEmpty()) {
            out.println();
            TextTable slos = new TextTable().left("SLO of").left("measure").left("limit").right("actual").left("verdict");
            for (SloVerdict verdict : report.slos()) {
                slos.row(verdict.traffic(), verdict.measure(), verdict.limit(), verdict.actual(), verdict.passed() ? "met" : "MISSED");
            }
            slos.print(out);
        }
        if (!report.notes().isEmpty()) {
            out.println();
            report.notes().forEach(note -> out.println("Note: " + note));
        }
        out.println();
        out.println(report.passed() ? "PASSED: every expectation held." : "FAILED: an expectation did not hold (above).");
        out.flush();
    }

    private static void reasons(PrintWriter out, String traffic, String what, Map<String, Long> reasons) {
        reasons.forEach((reason, count) -> out.printf("  %s %s: %,d %s%n", traffic, what, count, reason));
    }
}
