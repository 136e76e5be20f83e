package io.telesim.billing.ops;

import static io.telesim.billing.Movements.amountOf;
import static io.telesim.billing.TestNumbers.ANNA;
import static io.telesim.billing.TestTimes.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.telesim.billing.TestOperator;
import io.telesim.billing.account.AccountRecord;
import io.telesim.billing.account.AccountStatus;
import io.telesim.billing.result.MovementKind;
import io.telesim.billing.result.Notices;
import io.telesim.billing.result.OperationResult;
import io.telesim.billing.result.Outcome;

/**
 * F6 voluntary block (a lost phone): free for 30 days, the day of blocking being the first, then 1 ₽ a
 * day. Anna blocks her number on 10 March at noon, so 10 March to 8 April are free.
 */
class VoluntaryBlockTest {

    private final TestOperator op = TestOperator.standard();

    @Test
    void shouldBlockAndUnblockAtTheSubscribersRequest() {
        AccountRecord anna = op.subscriber(ANNA, "go", 10_000);

        assertEquals(Outcome.OK, op.block(ANNA).outcome());
        assertEquals(AccountStatus.BLOCKED_VOLUNTARY, anna.status());
        assertEquals(op.now(), anna.blockedSince());
        assertEquals(Outcome.ALREADY_BLOCKED, op.block(ANNA).outcome());

        assertEquals(Outcome.OK, op.unblock(ANNA).outcome());
        assertEquals(AccountStatus.ACTIVE, anna.status());
        assertEquals(0, anna.blockedSince());
        assertEquals(Outcome.NOT_BLOCKED, op.unblock(ANNA).outcome());
    }

    @Test
    void shouldKeepTheBlockFreeForTheFirstThirtyDays() {
        AccountRecord anna = op.subscriber(ANNA, "go", 10_000);
        op.block(ANNA);

        op.now(at("2025-04-08T23:00"));
        OperationResult cycle = op.dailyCycle(ANNA);

        assertEquals(0, amountOf(cycle, MovementKind.BLOCK_FEE));
        assertEquals(10_000, anna.balance());
    }

    @Test
    void shouldChargeTheBlockFeeFromTheThirtyFirstDay() {
        AccountRecord anna = op.subscriber(ANNA, "go", 10_000);
        op.block(ANNA);
        op.now(at("2025-04-08T23:00"));
        op.dailyCycle(ANNA);

        op.now(at("2025-04-09T00:10"));
        assertEquals(100, amountOf(op.dailyCycle(ANNA), MovementKind.BLOCK_FEE), "9 April is the 31st day");

        op.now(at("2025-04-12T00:10"));
        assertEquals(300, amountOf(op.dailyCycle(ANNA), MovementKind.BLOCK_FEE), "10, 11 and 12 April");
        assertEquals(10_000 - 400, anna.balance());
    }

    @Test
    void shouldMoveToTheDebtBlockOnUnblockingWhenBlockFeesLeftADebt() {
        AccountRecord anna = op.subscriber(ANNA, "go", 1_000);
        op.block(ANNA);
        op.now(at("2025-04-20T10:00"));
        op.dailyCycle(ANNA);
        assertEquals(1_000 - 12 * 100, anna.balance(), "9 to 20 April");
        assertEquals(AccountStatus.BLOCKED_VOLUNTARY, anna.status());

        OperationResult unblock = op.unblock(ANNA);

        assertEquals(AccountStatus.BLOCKED_DEBT, anna.status());
        assertTrue(Notices.has(unblock.notices(), Notices.BLOCKED_FOR_DEBT));
    }

    @Test
    void shouldChargeAndGrantTheRestOfAMonthThatBeganWhileBlocked() {
        AccountRecord anna = op.subscriber(ANNA, "smart", 100_000);
        op.block(ANNA);
        op.now(at("2025-04-15T10:00"));
        OperationResult cycle = op.dailyCycle(ANNA);
        assertEquals(0, amountOf(cycle, MovementKind.TARIFF_FEE), "April began while blocked: no fee");
        assertEquals(0, anna.voiceLeft(), "and no bundle");
        long balance = anna.balance();

        OperationResult unblock = op.unblock(ANNA);

        assertEquals(29_334, amountOf(unblock, MovementKind.TARIFF_FEE), "550 ₽ × 16/30 days of April, rounded up");
        assertEquals(266 * 60, anna.voiceLeft(), "500 min × 16/30, whole minutes");
        assertEquals(balance - 29_334, anna.balance());
        assertEquals(AccountStatus.ACTIVE, anna.status());
    }
}
