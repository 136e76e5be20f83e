package io.telesim.billing.properties;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import io.telesim.billing.result.OperationResult;

/** Replaying the same operations on fresh accounts gives the same bytes and the same results: the engine can replay. */
class DeterminismProperties {

    @Property(tries = 200)
    void theSameOperationsYieldByteIdenticalAccountsAndIdenticalResults(@ForAll("scenarios") List<Op> ops) {
        World first = World.run(Scenarios.CATALOG, Scenarios.START, ops);
        World second = World.run(Scenarios.CATALOG, Scenarios.START, ops);

        assertEquals(first.steps().size(), second.steps().size());
        for (int i = 0; i < first.steps().size(); i++) {
            assertEquals(digest(first.steps().get(i).result()), digest(second.steps().get(i).result()),
                    "result of " + first.steps().get(i).op());
        }
        for (long msisdn : World.ROSTER) {
            assertArrayEquals(first.operator().snapshot().get(msisdn), second.operator().snapshot().get(msisdn), "account " + msisdn);
        }
    }

    /** Everything a result says, as text. */
    static String digest(OperationResult r) {
        StringBuilder s = new StringBuilder(r.outcome().name());
        for (int i = 0; i < r.movementCount(); i++) {
            s.append('|').append(r.movementAccount(i)).append(' ').append(r.movementKind(i)).append(' ').append(r.movementItem(i))
                    .append(' ').append(r.movementAmount(i));
        }
        return s.append("|dest=").append(r.destinationClass()).append(" used=").append(r.usedUnits())
                .append(" charged=").append(r.chargedUnits()).append(" bundle=").append(r.bundleUnits())
                .append(" money=").append(r.usageMoney()).append(" granted=").append(r.grantedUnits())
                .append(" bonus=").append(r.bonusEarned()).append(" balance=").append(r.balanceAfter())
                .append(" notices=").append(r.notices()).append(" gift=").append(r.giftCode()).toString();
    }

    @Provide
    Arbitrary<List<Op>> scenarios() {
        return Scenarios.scenarios(30, 120);
    }
}
