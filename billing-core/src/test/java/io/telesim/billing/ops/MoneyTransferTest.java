package io.telesim.billing.ops;

import static io.telesim.billing.Movements.amountOf;
import static io.telesim.billing.TestNumbers.ANNA;
import static io.telesim.billing.TestNumbers.BORIS;
import static io.telesim.billing.TestNumbers.MOSCOW_OTHER;
import static io.telesim.billing.TestNumbers.VERA;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.telesim.billing.TestOperator;
import io.telesim.billing.TestTimes;
import io.telesim.billing.account.AccountRecord;
import io.telesim.billing.account.AccountStatus;
import io.telesim.billing.rating.UsageKind;
import io.telesim.billing.result.MovementKind;
import io.telesim.billing.result.OperationResult;
import io.telesim.billing.result.Outcome;

/**
 * F3 transfers between our numbers: 10 to 1500 ₽ at a time, 3000 ₽ a day, a fee of 3% but at least
 * 10 ₽, and 10 ₽ must remain on the sender's balance.
 */
class MoneyTransferTest {

    private final TestOperator op = TestOperator.standard();
    private final AccountRecord anna = op.subscriber(ANNA, "go", 400_000);
    private final AccountRecord boris = op.subscriber(BORIS, "go", 0);

    @Test
    void shouldMoveTheAmountAndChargeTheSenderTheFee() {
        OperationResult transfer = op.transfer(ANNA, BORIS, 100_000);

        assertEquals(Outcome.OK, transfer.outcome());
        assertEquals(100_000, amountOf(transfer, ANNA, MovementKind.TRANSFER_OUT));
        assertEquals(3_000, amountOf(transfer, ANNA, MovementKind.TRANSFER_FEE));
        assertEquals(100_000, amountOf(transfer, BORIS, MovementKind.TRANSFER_IN));
        assertEquals(400_000 - 103_000, anna.balance());
        assertEquals(100_000, boris.balance());
        assertEquals(anna.balance(), transfer.balanceAfter());
    }

    @Test
    void shouldChargeTheMinimumFeeOnSmallTransfers() {
        OperationResult transfer = op.transfer(ANNA, BORIS, 10_000);

        assertEquals(1_000, amountOf(transfer, MovementKind.TRANSFER_FEE), "3% of 100 ₽ is 3 ₽, less than the 10 ₽ minimum");
        assertEquals(1_000, op.rules().transfers().feeFor(33_333), "3% of 333.33 ₽ is 9.99 ₽");
        assertEquals(1_001, op.rules().transfers().feeFor(33_334), "3% of 333.34 ₽ is 10.0002 ₽, rounded up");
    }

    @Test
    void shouldRefuseTransfersBeyondTheDailyLimitUntilTheNextDay() {
        op.subscriber(VERA, "go", 0);
        assertEquals(Outcome.OK, op.transfer(ANNA, BORIS, 150_000).outcome());
        assertEquals(Outcome.OK, op.transfer(ANNA, VERA, 150_000).outcome(), "the limit is per sender, whoever receives");

        assertRefusedAndBothUnchanged(ANNA, Outcome.TRANSFER_DAILY_LIMIT, 1_000);

        op.now(TestTimes.at("2025-03-11T00:00"));
        assertEquals(Outcome.OK, op.transfer(ANNA, BORIS, 1_000).outcome());
    }

    @Test
    void shouldKeepTheMinimumOnTheSendersBalance() {
        AccountRecord vera = op.subscriber(VERA, "go", 11_000);

        assertRefusedAndBothUnchanged(VERA, Outcome.TRANSFER_REMAINING_BALANCE, 9_001);
        assertEquals(Outcome.OK, op.transfer(VERA, BORIS, 9_000).outcome(), "90 ₽ and the 10 ₽ fee leave exactly 10 ₽");
        assertEquals(1_000, vera.balance());
    }

    @Test
    void shouldRefuseWhenTheBalanceCannotPayAmountAndFee() {
        op.subscriber(VERA, "go", 5_000);

        assertRefusedAndBothUnchanged(VERA, Outcome.INSUFFICIENT_FUNDS, 4_500);
    }

    @Test
    void shouldNotCountMoneyHeldByAnOpenCall() {
        AccountRecord vera = op.subscriber(VERA, "go", 20_000);
        op.reserve(op.nextSessionId(), VERA, UsageKind.VOICE, MOSCOW_OTHER, 40 * 60);
        assertEquals(10_000, vera.reservedMoney(), "forty minutes at 2.50 ₽ are held");

        assertRefusedAndBothUnchanged(VERA, Outcome.TRANSFER_REMAINING_BALANCE, 8_001);
    }

    @Test
    void shouldRefuseAmountsOutsideTheLimits() {
        assertRefusedAndBothUnchanged(ANNA, Outcome.INVALID_AMOUNT, 999);
        assertRefusedAndBothUnchanged(ANNA, Outcome.INVALID_AMOUNT, 150_001);
    }

    @Test
    void shouldRefuseSendingToTheSameNumber() {
        assertEquals(Outcome.TRANSFER_TO_SELF, op.transfer(ANNA, ANNA, 1_000).outcome());
        assertEquals(400_000, anna.balance());
    }

    @Test
    void shouldRefuseSendingToANumberThatIsNotASubscriber() {
        assertEquals(Outcome.RECIPIENT_UNAVAILABLE, op.transfer(ANNA, VERA, 1_000).outcome());
        assertEquals(400_000, anna.balance());
    }

    @Test
    void shouldRefuseABlockedSender() {
        op.block(ANNA);

        assertRefusedAndBothUnchanged(ANNA, Outcome.BLOCKED, 1_000);
    }

    @Test
    void shouldLiftTheRecipientsDebtBlock() {
        AccountRecord vera = op.subscriber(VERA, "ours", 490);
        assertEquals(AccountStatus.BLOCKED_DEBT, vera.status(), "today's 9.90 ₽ fee left a debt of 5 ₽");

        op.transfer(ANNA, VERA, 1_000);

        assertEquals(AccountStatus.ACTIVE, vera.status());
        assertEquals(500, vera.balance());
    }

    private void assertRefusedAndBothUnchanged(long sender, Outcome expected, long amount) {
        Map<Long, byte[]> before = op.snapshot();
        OperationResult transfer = op.transfer(sender, BORIS, amount);
        assertEquals(expected, transfer.outcome());
        assertEquals(0, transfer.movementCount());
        assertArrayEquals(before.get(sender), op.snapshot().get(sender));
        assertArrayEquals(before.get(BORIS), op.snapshot().get(BORIS));
    }
}
