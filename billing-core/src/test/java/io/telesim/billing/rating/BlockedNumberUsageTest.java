package io.telesim.billing.rating;

import static io.telesim.billing.TestNumbers.ANNA;
import static io.telesim.billing.TestNumbers.BORIS;
import static io.telesim.billing.TestNumbers.MOSCOW_OTHER;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import io.telesim.billing.TestCatalogs;
import io.telesim.billing.TestOperator;
import io.telesim.billing.TestTimes;
import io.telesim.billing.account.AccountStatus;
import io.telesim.billing.number.DestinationClass;
import io.telesim.billing.result.OperationResult;
import io.telesim.billing.result.Outcome;

/** A blocked number makes no paid calls, messages or data, but still reaches the free short numbers. */
class BlockedNumberUsageTest {

    private final TestOperator op = TestOperator.standard();

    private void blockVoluntarily() {
        op.subscriber(ANNA, "go", 10_000);
        TestOperator.requireOk(op.block(ANNA), "blocking");
    }

    /** Smart's fee for the rest of March (390.33 ₽) is more than the 100 ₽ she joins with. */
    private void blockForDebt() {
        op.subscriber(ANNA, "smart", 10_000);
        assertEquals(AccountStatus.BLOCKED_DEBT, op.account(ANNA).status());
        assertEquals(10_000 - 39_033, op.account(ANNA).balance());
    }

    @Test
    void shouldRefusePaidCallsMessagesAndDataOfAVoluntarilyBlockedNumberAndChangeNothing() {
        blockVoluntarily();
        byte[] before = op.snapshot().get(ANNA);

        assertEquals(Outcome.BLOCKED, op.call(ANNA, MOSCOW_OTHER, 60).outcome());
        assertEquals(Outcome.BLOCKED, op.call(ANNA, BORIS, 60).outcome());
        assertEquals(Outcome.BLOCKED, op.call(ANNA, "5030", 60).outcome());
        assertEquals(Outcome.BLOCKED, op.sms(ANNA, BORIS, 1).outcome());
        assertEquals(Outcome.BLOCKED, op.data(ANNA, 1_000).outcome());
        assertArrayEquals(before, op.snapshot().get(ANNA));
        assertEquals(0, op.reservations().size());
    }

    @Test
    void shouldLetAVoluntarilyBlockedNumberCallTheFreeShortNumbers() {
        blockVoluntarily();

        OperationResult emergency = op.call(ANNA, "112", 120);
        OperationResult support = op.call(ANNA, "0611", 300);

        assertEquals(Outcome.OK, emergency.outcome());
        assertEquals(DestinationClass.FREE_SHORT, emergency.destinationClass());
        assertEquals(Outcome.OK, support.outcome());
        assertEquals(0, emergency.usageMoney() + support.usageMoney());
        assertEquals(10_000, op.account(ANNA).balance());
    }

    @Test
    void shouldLetANumberBlockedForDebtCallEmergencyAndSupport() {
        blockForDebt();
        long balance = op.account(ANNA).balance();

        OperationResult emergency = op.call(ANNA, "112", 120);
        OperationResult support = op.call(ANNA, "0611", 300);

        assertEquals(Outcome.OK, emergency.outcome());
        assertEquals(120, emergency.usedUnits());
        assertEquals(Outcome.OK, support.outcome());
        assertEquals(balance, op.account(ANNA).balance());
    }

    @Test
    void shouldLetANumberBlockedForDebtTextTheFreeShortNumbers() {
        blockForDebt();

        OperationResult sms = op.sms(ANNA, "3339", 1);

        assertEquals(Outcome.OK, sms.outcome());
        assertEquals(0, sms.usageMoney());
        assertEquals(Outcome.BLOCKED, op.sms(ANNA, BORIS, 1).outcome());
    }

    @Test
    void shouldLetANumberBlockedForDebtCheckItsBalanceByUssd() {
        blockForDebt();

        OperationResult ussd = op.ussd(ANNA);

        assertEquals(Outcome.OK, ussd.outcome());
        assertEquals(0, ussd.movementCount());
    }

    @Test
    void shouldRefusePaidUssdWhileBlocked() {
        TestOperator paidUssd = new TestOperator(TestCatalogs.builder().tariff("go", t -> t.ussdPrice(100)).build(),
                TestTimes.MID_MARCH);
        paidUssd.subscriber(ANNA, "go", 10_000);
        assertEquals(100, paidUssd.ussd(ANNA).usageMoney());
        paidUssd.block(ANNA);

        assertEquals(Outcome.BLOCKED, paidUssd.ussd(ANNA).outcome());
        assertEquals(9_900, paidUssd.account(ANNA).balance());
    }

    @Test
    void shouldRefuseEverythingButFreeUssdToATerminatedNumber() {
        op.subscriber(ANNA, "go", 10_000);
        op.account(ANNA).status(AccountStatus.TERMINATED);

        assertEquals(Outcome.TERMINATED, op.call(ANNA, "112", 60).outcome());
        assertEquals(Outcome.TERMINATED, op.sms(ANNA, "3339", 1).outcome());
        assertEquals(Outcome.TERMINATED, op.ussd(ANNA).outcome());
    }
}
