package io.telesim.billing.properties;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

import io.telesim.billing.result.Outcome;

/** A refusal says why and changes nothing: every account keeps every byte, and no money moves. */
class RefusalProperties {

    @Property(tries = 250)
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void aRefusedOperationLeavesEveryAccountByteForByteUnchanged(@ForAll("scenarios") List<Op> ops) {
        World world = World.run(Scenarios.CATALOG, Scenarios.START, ops);
        int refusals = 0;

        for (Step step : world.steps()) {
            Outcome outcome = step.result().outcome();
            if (outcome == Outcome.OK) {
                continue;
            }
            refusals += outcome.isSuccess() ? 0 : 1;
            assertEquals(0, step.result().movementCount(), () -> step.op() + ": " + step.result());
            for (long msisdn : step.before().keySet()) {
                assertArrayEquals(step.before().get(msisdn), step.after().get(msisdn), msisdn + " after " + step.op() + " → " + outcome);
            }
        }
        Statistics.label("refusals").collect(refusals > 3);
        Statistics.label("refusals").coverage(c -> c.check(true).percentage(p -> p > 80));
    }

    @Provide
    Arbitrary<List<Op>> scenarios() {
        return Scenarios.scenarios(30, 120);
    }
}
