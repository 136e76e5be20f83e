package io.telesim.scenarios.report;

import java.util.List;

import io.telesim.scenarios.check.InvariantResult;

/**
 * What a scenario run did and whether it met its expectations: written to the terminal, {@code report.json} and
 * {@code report.html}. The run passes when every SLO, invariant and the heap limit held.
 *
 * @param notes what a reader should know: traffic skipped, a generator that fell behind, binds that failed
 */
public record RunReport(String scenario, String description, String source, long seed, String startedAt, double rateScale,
                        long warmupSeconds, long durationSeconds, String operator, int subscribers, List<String> setup,
                        List<TrafficReport> traffic, List<InvariantResult> invariants, List<SloVerdict> slos, HeapReport heap,
                        List<String> notes) {

    public RunReport {
        setup = List.copyOf(setup);
        traffic = List.copyOf(traffic);
        invariants = List.copyOf(invariants);
        slos = List.copyOf(slos);
        notes = List.copyOf(notes);
    }

    public boolean passed() {
        return slos.stream().allMatch(SloVerdict::passed) && invariants.stream().allMatch(InvariantResult::passed)
                && (heap == null || heap.passed());
    }
}
