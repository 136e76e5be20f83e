package io.telesim.billing.corporate;

import static io.telesim.billing.TestNumbers.ANNA;
import static io.telesim.billing.TestNumbers.MOSCOW_OTHER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

import io.telesim.billing.TestOperator;
import io.telesim.billing.account.AccountRecord;
import io.telesim.billing.rating.UsageKind;
import io.telesim.billing.result.Notices;
import io.telesim.billing.result.OperationResult;
import io.telesim.billing.result.Outcome;

/** Whatever the usage, a month's usage money never passes the limit, is what was counted, and is told once. */
class SpendingLimitProperties {

    @Property(tries = 300)
    void theMonthsUsageMoneyNeverPassesTheLimit(@ForAll @LongRange(min = 1, max = 3_000) long limit,
                                                @ForAll("usage") List<long[]> usage) {
        TestOperator op = TestOperator.standard();
        AccountRecord anna = op.subscriber(ANNA, "go", 1_000_000);
        op.rules().spendingLimits().set(anna, limit, op.now(), new OperationResult());
        long charged = 0;
        int notices = 0;

        for (long[] step : usage) {
            OperationResult result = switch ((int) step[0]) {
                case 0 -> op.sms(ANNA, MOSCOW_OTHER, (int) step[1] % 4 + 1);
                case 1 -> op.call(ANNA, MOSCOW_OTHER, step[1]);
                case 2 -> op.chargeSession(ANNA, UsageKind.VOICE, MOSCOW_OTHER, step[1]);
                default -> op.data(ANNA, step[1] * 1_000);
            };
            assertTrue(result.outcome() == Outcome.OK || result.outcome() == Outcome.SPENDING_LIMIT_REACHED,
                    () -> "the balance is ample, so only the limit refuses: " + result);
            charged += result.usageMoney();
            notices += Notices.has(result.notices(), Notices.SPENDING_LIMIT_REACHED) ? 1 : 0;
            assertTrue(charged <= limit, () -> "charged " + anna.monthSpend() + " under a limit of " + limit);
        }
        assertEquals(charged, anna.spentInMonthOf(op.now()));
        assertEquals(1_000_000 - charged, anna.balance());
        assertTrue(notices <= 1, "told at most once a month");
    }

    @Provide
    Arbitrary<List<long[]>> usage() {
        return Arbitraries.longs().between(0, 3).flatMap(kind -> Arbitraries.longs().between(1, 400)
                .map(units -> new long[] {kind, units})).list().ofMaxSize(25);
    }
}
