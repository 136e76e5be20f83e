package io.telesim.billing.properties;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

import io.telesim.billing.TestNumbers;
import io.telesim.billing.TestOperator;
import io.telesim.billing.number.PartyNumber;
import io.telesim.billing.rating.UsageKind;
import io.telesim.billing.result.OperationResult;

/**
 * Rating a call or data session that has already ended (a call detail record) charges exactly what
 * reserving it and committing the grant would: same account bytes, same charge, same bundle units.
 */
class CompletedSessionProperties {

    private static final String[] TARIFFS = {"go", "smart", "ours", "home"};
    private static final long[] DESTINATIONS = {TestNumbers.BORIS, TestNumbers.PETERSBURG_OURS, TestNumbers.MOSCOW_OTHER,
            TestNumbers.PETERSBURG_OTHER, TestNumbers.UNLISTED, TestNumbers.ALMATY, TestNumbers.LONDON,
            PartyNumber.parse("0611"), PartyNumber.parse("5555")};

    @Property(tries = 400)
    void chargingAnEndedSessionIsReservingItThenCommittingTheGrant(
            @ForAll @IntRange(min = 0, max = 3) int tariff,
            @ForAll @LongRange(min = 0, max = 80_000) long openingBalance,
            @ForAll @LongRange(min = 0, max = 40_000) long earlierCallSeconds,
            @ForAll boolean data,
            @ForAll @IntRange(min = 0, max = 8) int destination,
            @ForAll @LongRange(min = 1, max = 20_000_000) long units,
            @ForAll boolean blocked) {
        TestOperator direct = setUp(TARIFFS[tariff], openingBalance, earlierCallSeconds, blocked);
        TestOperator online = setUp(TARIFFS[tariff], openingBalance, earlierCallSeconds, blocked);
        UsageKind kind = data ? UsageKind.DATA : UsageKind.VOICE;
        long used = data ? units : 1 + units % 7_200;
        long to = data ? 0 : DESTINATIONS[destination];

        OperationResult charged = direct.chargeSession(TestNumbers.ANNA, kind, to, used);
        OperationResult committed = data ? online.data(TestNumbers.ANNA, used) : online.call(TestNumbers.ANNA, to, used);

        assertEquals(committed.outcome(), charged.outcome());
        assertEquals(committed.usedUnits(), charged.usedUnits());
        assertEquals(committed.chargedUnits(), charged.chargedUnits());
        assertEquals(committed.bundleUnits(), charged.bundleUnits());
        assertEquals(committed.usageMoney(), charged.usageMoney());
        assertEquals(committed.notices(), charged.notices());
        assertEquals(committed.bonusEarned(), charged.bonusEarned());
        assertEquals(committed.toString(), charged.toString(), "the same movements");
        assertSameAccounts(online.snapshot(), direct.snapshot());
    }

    private static TestOperator setUp(String tariff, long openingBalance, long earlierCallSeconds, boolean blocked) {
        TestOperator op = TestOperator.standard();
        op.subscriber(TestNumbers.ANNA, tariff, openingBalance);
        op.call(TestNumbers.ANNA, TestNumbers.MOSCOW_OTHER, earlierCallSeconds);
        if (blocked) {
            op.block(TestNumbers.ANNA);
        }
        return op;
    }

    private static void assertSameAccounts(Map<Long, byte[]> expected, Map<Long, byte[]> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        for (Map.Entry<Long, byte[]> e : expected.entrySet()) {
            assertArrayEquals(e.getValue(), actual.get(e.getKey()), "account " + e.getKey());
        }
    }
}
