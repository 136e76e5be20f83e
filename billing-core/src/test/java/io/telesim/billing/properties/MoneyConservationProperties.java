package io.telesim.billing.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

import io.telesim.billing.result.MovementKind;
import io.telesim.billing.result.OperationResult;

/**
 * Every kopeck is accounted for: a balance changes only by the movements of the operation that changed
 * it, so opening + credits - debits = closing for every account and in total, whatever the sequence.
 */
class MoneyConservationProperties {

    @Property(tries = 250)
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void everyBalanceChangeIsExactlyTheMovementsOfItsOperation(@ForAll("scenarios") List<Op> ops) {
        World world = World.run(Scenarios.CATALOG, Scenarios.START, ops);

        for (Step step : world.steps()) {
            OperationResult result = step.result();
            for (long msisdn : step.before().keySet()) {
                long change = step.accountAfter(msisdn).balance() - step.accountBefore(msisdn).balance();
                assertEquals(change, result.netMovement(msisdn), () -> "balance of " + msisdn + " after " + step.op() + ": " + result);
            }
            for (int i = 0; i < result.movementCount(); i++) {
                assertTrue(result.movementAmount(i) > 0, () -> "a movement of nothing: " + result);
                assertTrue(step.before().containsKey(result.movementAccount(i)), () -> "a movement on no account: " + result);
            }
        }
        Statistics.label("money moved").collect(world.steps().stream().anyMatch(s -> s.result().movementCount() > 1));
        Statistics.label("money moved").coverage(c -> c.check(true).percentage(p -> p > 90));
    }

    @Property(tries = 250)
    void openingPlusCreditsMinusDebitsIsTheClosingBalanceForEveryAccountAndInTotal(@ForAll("scenarios") List<Op> ops) {
        World world = World.run(Scenarios.CATALOG, Scenarios.START, ops);
        Map<Long, Long> credits = new TreeMap<>();
        Map<Long, Long> debits = new TreeMap<>();
        long transferredIn = 0;
        long transferredOut = 0;

        for (Step step : world.steps()) {
            OperationResult result = step.result();
            for (int i = 0; i < result.movementCount(); i++) {
                MovementKind kind = result.movementKind(i);
                Map<Long, Long> side = kind.isCredit() ? credits : debits;
                side.merge(result.movementAccount(i), result.movementAmount(i), Long::sum);
                transferredIn += kind == MovementKind.TRANSFER_IN ? result.movementAmount(i) : 0;
                transferredOut += kind == MovementKind.TRANSFER_OUT ? result.movementAmount(i) : 0;
            }
        }

        long totalBalance = 0;
        long totalNet = 0;
        for (long msisdn : World.ROSTER) {
            long net = credits.getOrDefault(msisdn, 0L) - debits.getOrDefault(msisdn, 0L);
            long closing = world.account(msisdn).balance();
            assertEquals(closing, net, "opening + credits - debits of " + msisdn);
            totalBalance += closing;
            totalNet += net;
        }
        assertEquals(totalBalance, totalNet);
        assertEquals(transferredOut, transferredIn, "what one number sends another receives");
    }

    @Provide
    Arbitrary<List<Op>> scenarios() {
        return Scenarios.scenarios(30, 120);
    }
}
