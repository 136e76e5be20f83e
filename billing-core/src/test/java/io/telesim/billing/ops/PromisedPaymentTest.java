package io.telesim.billing.ops;

import static io.telesim.billing.Movements.amountOf;
import static io.telesim.billing.TestNumbers.ANNA;
import static io.telesim.billing.TestNumbers.LONDON;
import static io.telesim.billing.TestTimes.at;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.telesim.billing.TestCatalogs;
import io.telesim.billing.TestOperator;
import io.telesim.billing.TestTimes;
import io.telesim.billing.account.AccountRecord;
import io.telesim.billing.account.AccountStatus;
import io.telesim.billing.result.MovementKind;
import io.telesim.billing.result.Notices;
import io.telesim.billing.result.OperationResult;
import io.telesim.billing.result.Outcome;

/**
 * F3 promised payment: 50 to 800 ₽, a fee of 7 ₽ up to 100 ₽, 25 ₽ up to 500 ₽ and 50 ₽ above; due in
 * 3 days; for numbers at least 60 days old with 300 ₽ topped up in this and the two months before, and
 * a debt of at most 300 ₽. Anna joined on 2 January and topped up 300 ₽ on 1 February.
 */
class PromisedPaymentTest {

    private final TestOperator op = new TestOperator(TestCatalogs.standard(), at("2025-01-02T10:00"));
    private final AccountRecord anna = op.subscriber(ANNA, "go", 0);

    PromisedPaymentTest() {
        op.now(at("2025-02-01T10:00"));
        TestOperator.requireOk(op.topUp(ANNA, 30_000), "topping up");
        op.now(TestTimes.MID_MARCH);
    }

    @Test
    void shouldCreditThePromisedPaymentAndChargeItsFee() {
        OperationResult promised = op.promisedPayment(ANNA, 10_000);

        assertEquals(Outcome.OK, promised.outcome());
        assertEquals(10_000, amountOf(promised, MovementKind.PROMISED_CREDIT));
        assertEquals(700, amountOf(promised, MovementKind.PROMISED_PAYMENT_FEE));
        assertEquals(30_000 + 10_000 - 700, anna.balance());
        assertEquals(10_000, anna.promisedOutstanding());
        assertEquals(TestTimes.MID_MARCH + 3 * TestTimes.DAY, anna.promisedDueAt());
    }

    @ParameterizedTest(name = "{0} kopecks cost {1}")
    @CsvSource({"5000, 700", "10000, 700", "10001, 2500", "50000, 2500", "50001, 5000", "80000, 5000"})
    void shouldChargeTheFeeOfTheAmountsTier(long amount, long fee) {
        OperationResult promised = op.promisedPayment(ANNA, amount);

        assertEquals(fee, amountOf(promised, MovementKind.PROMISED_PAYMENT_FEE));
    }

    @Test
    void shouldRepayThePromisedPaymentFromTheNextTopUps() {
        op.promisedPayment(ANNA, 10_000);

        OperationResult first = op.topUp(ANNA, 6_000);
        assertEquals(6_000, amountOf(first, MovementKind.TOP_UP));
        assertEquals(6_000, amountOf(first, MovementKind.PROMISED_REPAYMENT));
        assertEquals(4_000, anna.promisedOutstanding());

        OperationResult second = op.topUp(ANNA, 20_000);
        assertEquals(4_000, amountOf(second, MovementKind.PROMISED_REPAYMENT));
        assertEquals(0, anna.promisedOutstanding());
        assertEquals(0, anna.promisedDueAt());
        assertEquals(39_300 + 6_000 - 6_000 + 20_000 - 4_000, anna.balance());
    }

    @Test
    void shouldDebitAnUnpaidPromisedPaymentOnItsDueDateAndBlockForTheDebt() {
        op.promisedPayment(ANNA, 10_000);
        assertEquals(39_200, op.call(ANNA, LONDON, 8 * 60).usageMoney(), "eight minutes to London at 49 ₽");
        assertEquals(100, anna.balance());

        op.now(at("2025-03-13T11:59"));
        op.dailyCycle(ANNA);
        assertEquals(10_000, anna.promisedOutstanding(), "not due until noon");

        op.now(at("2025-03-14T00:30"));
        OperationResult due = op.dailyCycle(ANNA);

        assertEquals(10_000, amountOf(due, MovementKind.PROMISED_REPAYMENT));
        assertEquals(-9_900, anna.balance());
        assertEquals(0, anna.promisedOutstanding());
        assertEquals(AccountStatus.BLOCKED_DEBT, anna.status());
        assertTrue(Notices.has(due.notices(), Notices.PROMISED_PAYMENT_COLLECTED));
        assertTrue(Notices.has(due.notices(), Notices.BLOCKED_FOR_DEBT));

        OperationResult topUp = op.topUp(ANNA, 10_000);
        assertEquals(AccountStatus.ACTIVE, anna.status());
        assertTrue(Notices.has(topUp.notices(), Notices.UNBLOCKED));
        assertEquals(100, anna.balance());
    }

    @Test
    void shouldLiftADebtBlockWithThePromisedPayment() {
        anna.balance(-5_000); // a debt, as fees would leave it
        anna.status(AccountStatus.BLOCKED_DEBT);

        OperationResult promised = op.promisedPayment(ANNA, 10_000);

        assertEquals(Outcome.OK, promised.outcome());
        assertEquals(AccountStatus.ACTIVE, anna.status());
        assertEquals(-5_000 + 10_000 - 700, anna.balance());
    }

    @Test
    void shouldRefuseASecondPromisedPaymentWhileOneIsOpen() {
        op.promisedPayment(ANNA, 10_000);
        op.topUp(ANNA, 5_000);

        assertRefusedAndUnchanged(Outcome.PROMISED_PAYMENT_OPEN, 10_000);
    }

    @Test
    void shouldRefuseAmountsOutsideTheLimits() {
        assertRefusedAndUnchanged(Outcome.INVALID_AMOUNT, 4_999);
        assertRefusedAndUnchanged(Outcome.INVALID_AMOUNT, 80_001);
    }

    @Test
    void shouldRefuseANumberYoungerThanSixtyDays() {
        op.now(at("2025-03-02T09:59"));

        assertRefusedAndUnchanged(Outcome.PROMISED_PAYMENT_ACCOUNT_TOO_NEW, 10_000);
        op.now(at("2025-03-03T10:00"));
        assertEquals(Outcome.OK, op.promisedPayment(ANNA, 10_000).outcome(), "60 days to the minute");
    }

    @Test
    void shouldRefuseANumberThatToppedUpTooLittleInThreeMonths() {
        op.now(at("2025-05-01T10:00"));

        assertRefusedAndUnchanged(Outcome.PROMISED_PAYMENT_TOO_FEW_TOP_UPS, 10_000);
        op.now(at("2025-04-30T23:59"));
        assertEquals(Outcome.OK, op.promisedPayment(ANNA, 10_000).outcome(), "February still counts in April");
    }

    @Test
    void shouldRefuseADebtLargerThanThreeHundredRoubles() {
        anna.balance(-30_001); // a debt, as fees would leave it

        assertRefusedAndUnchanged(Outcome.PROMISED_PAYMENT_BALANCE_TOO_LOW, 10_000);
        anna.balance(-30_000);
        assertEquals(Outcome.OK, op.promisedPayment(ANNA, 10_000).outcome());
    }

    @Test
    void shouldRefuseAVoluntarilyBlockedNumber() {
        op.block(ANNA);

        assertRefusedAndUnchanged(Outcome.BLOCKED, 10_000);
    }

    private void assertRefusedAndUnchanged(Outcome expected, long amount) {
        byte[] before = op.snapshot().get(ANNA);
        OperationResult result = op.promisedPayment(ANNA, amount);
        assertEquals(expected, result.outcome());
        assertEquals(0, result.movementCount());
        assertArrayEquals(before, op.snapshot().get(ANNA));
    }
}
