package io.telesim.billing.ops;

import static io.telesim.billing.TestNumbers.ANNA;
import static io.telesim.billing.TestNumbers.MOSCOW_OTHER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.telesim.billing.TestOperator;
import io.telesim.billing.account.AccountRecord;
import io.telesim.billing.result.Notices;
import io.telesim.billing.result.OperationResult;
import io.telesim.billing.result.Outcome;

/**
 * The notices a falling balance raises, once per crossing: low balance below 30 ₽, and the auto
 * top-up rule (F3). A minute off-net costs 2.50 ₽ on pay as you go.
 */
class BalanceNoticesTest {

    private final TestOperator op = TestOperator.standard();
    private final AccountRecord anna = op.subscriber(ANNA, "go", 5_000);

    @Test
    void shouldRaiseTheLowBalanceNoticeOnceWhenTheBalanceFallsBelowThirtyRoubles() {
        OperationResult above = op.call(ANNA, MOSCOW_OTHER, 8 * 60);
        OperationResult crossing = op.call(ANNA, MOSCOW_OTHER, 60);
        OperationResult below = op.call(ANNA, MOSCOW_OTHER, 60);

        assertEquals(3_000, above.balanceAfter());
        assertFalse(Notices.has(above.notices(), Notices.LOW_BALANCE), "30 ₽ is not below 30 ₽");
        assertTrue(Notices.has(crossing.notices(), Notices.LOW_BALANCE));
        assertFalse(Notices.has(below.notices(), Notices.LOW_BALANCE));
    }

    @Test
    void shouldRaiseTheLowBalanceNoticeAgainAfterTheBalanceRecovered() {
        op.call(ANNA, MOSCOW_OTHER, 9 * 60);
        op.topUp(ANNA, 1_000);
        assertEquals(3_750, anna.balance());

        OperationResult again = op.call(ANNA, MOSCOW_OTHER, 5 * 60);

        assertTrue(Notices.has(again.notices(), Notices.LOW_BALANCE));
    }

    @Test
    void shouldAskForTheAutoTopUpOnceUntilItArrives() {
        assertEquals(Outcome.OK, op.rules().topUps().setAutoTopUp(anna, 4_000, 20_000, new OperationResult()));

        OperationResult crossing = op.call(ANNA, MOSCOW_OTHER, 5 * 60);
        OperationResult again = op.call(ANNA, MOSCOW_OTHER, 60);

        assertTrue(Notices.has(crossing.notices(), Notices.AUTO_TOP_UP_DUE));
        assertEquals(20_000, anna.autoTopUpAmount());
        assertFalse(Notices.has(again.notices(), Notices.AUTO_TOP_UP_DUE), "already asked");
        assertTrue(anna.autoTopUpPending());

        op.topUp(ANNA, anna.autoTopUpAmount());
        assertFalse(anna.autoTopUpPending());
        op.call(ANNA, MOSCOW_OTHER, 60);
        assertEquals(23_250, anna.balance(), "above the threshold again");
    }

    @Test
    void shouldNotAskForTheAutoTopUpOnceTheRuleIsCleared() {
        op.rules().topUps().setAutoTopUp(anna, 4_000, 20_000, new OperationResult());
        op.rules().topUps().clearAutoTopUp(anna, new OperationResult());

        OperationResult crossing = op.call(ANNA, MOSCOW_OTHER, 5 * 60);

        assertFalse(Notices.has(crossing.notices(), Notices.AUTO_TOP_UP_DUE));
        assertEquals(0, anna.autoTopUpThreshold());
    }

    @Test
    void shouldRefuseAnAutoTopUpRuleOutsideTheLimits() {
        OperationResult result = new OperationResult();

        assertEquals(Outcome.INVALID_AMOUNT, op.rules().topUps().setAutoTopUp(anna, 4_000, 9_999, result), "at least 100 ₽");
        assertEquals(Outcome.INVALID_AMOUNT, op.rules().topUps().setAutoTopUp(anna, 4_000, 300_001, result), "at most 3000 ₽");
        assertEquals(Outcome.INVALID_AMOUNT, op.rules().topUps().setAutoTopUp(anna, 0, 20_000, result));
        assertEquals(0, anna.autoTopUpAmount());
    }
}
