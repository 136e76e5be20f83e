package io.telesim.billing.ops;

import static io.telesim.billing.Movements.amountOf;
import static io.telesim.billing.TestNumbers.ANNA;
import static io.telesim.billing.TestNumbers.BORIS;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.telesim.billing.TestOperator;
import io.telesim.billing.account.AccountRecord;
import io.telesim.billing.result.MovementKind;
import io.telesim.billing.result.OperationResult;
import io.telesim.billing.result.Outcome;

/**
 * F5 services, connected on 10 March (22 of 31 days left): voice mail 2.30 ₽ a day, favourite numbers
 * 30 ₽ to connect and 50 ₽ a month, number management free; voice mail and the missed-call notice
 * cannot be connected together.
 */
class ServiceSubscriptionTest {

    private final TestOperator op = TestOperator.standard();
    private final AccountRecord anna = op.subscriber(ANNA, "go", 10_000);

    @Test
    void shouldChargeTodaysFeeWhenADailyServiceIsConnected() {
        OperationResult connect = op.connect(ANNA, "voicemail");

        assertEquals(Outcome.OK, connect.outcome());
        assertTrue(anna.hasService(op.service("voicemail")));
        assertEquals(230, amountOf(connect, MovementKind.SERVICE_FEE, op.service("voicemail")));
        assertEquals(10_000 - 230, anna.balance());
    }

    @Test
    void shouldChargeTheConnectionFeeAndTheRestOfTheMonthForAMonthlyService() {
        OperationResult connect = op.connect(ANNA, "favourites");

        assertEquals(3_000, amountOf(connect, MovementKind.CONNECTION_FEE, op.service("favourites")));
        assertEquals(3_549, amountOf(connect, MovementKind.SERVICE_FEE, op.service("favourites")), "50 ₽ × 22/31, rounded up");
        assertEquals(10_000 - 3_000 - 3_549, anna.balance());
    }

    @Test
    void shouldConnectNumberManagementByItsUssdCodeForFree() {
        int service = op.catalog().serviceByUssdCode("*111*828*1#");
        OperationResult result = new OperationResult();

        Outcome outcome = op.rules().services().connect(anna, service, op.now(), result);

        assertEquals(Outcome.OK, outcome);
        assertEquals(op.service("number-management"), service);
        assertEquals(0, result.movementCount());
        assertEquals(10_000, anna.balance());
    }

    @Test
    void shouldRefuseAServiceIncompatibleWithOneConnectedAndChangeNothing() {
        op.connect(ANNA, "voicemail");
        byte[] before = op.snapshot().get(ANNA);

        assertEquals(Outcome.SERVICE_INCOMPATIBLE, op.connect(ANNA, "missed-calls").outcome());
        assertArrayEquals(before, op.snapshot().get(ANNA));
    }

    @Test
    void shouldRefuseIncompatibleServicesWhicheverCameFirst() {
        op.connect(ANNA, "missed-calls");

        assertEquals(Outcome.SERVICE_INCOMPATIBLE, op.connect(ANNA, "voicemail").outcome());
        assertFalse(anna.hasService(op.service("voicemail")));
    }

    @Test
    void shouldRefuseAServiceTheBalanceCannotPay() {
        op.subscriber(BORIS, "go", 6_548);
        byte[] before = op.snapshot().get(BORIS);

        assertEquals(Outcome.INSUFFICIENT_FUNDS, op.connect(BORIS, "favourites").outcome(), "30 ₽ and 35.49 ₽ are needed");
        assertArrayEquals(before, op.snapshot().get(BORIS));
        op.topUp(BORIS, 1_000);
        assertEquals(Outcome.OK, op.connect(BORIS, "favourites").outcome());
    }

    @Test
    void shouldRefuseConnectingTwiceAndUnknownServices() {
        op.connect(ANNA, "caller-tune");

        assertEquals(Outcome.SERVICE_ALREADY_CONNECTED, op.connect(ANNA, "caller-tune").outcome());
        assertEquals(Outcome.UNKNOWN_SERVICE, op.rules().services().connect(anna, 64, op.now(), new OperationResult()));
        assertEquals(10_000 - 450, anna.balance());
    }

    @Test
    void shouldRefuseServicesToABlockedNumber() {
        op.block(ANNA);

        assertEquals(Outcome.BLOCKED, op.connect(ANNA, "voicemail").outcome());
    }

    @Test
    void shouldDisconnectWithoutRefund() {
        TestOperator.requireOk(op.connect(ANNA, "news"), "connecting news");
        long balance = anna.balance();
        OperationResult result = new OperationResult();

        assertEquals(Outcome.OK, op.rules().services().disconnect(anna, op.service("news"), result));
        assertEquals(0, result.movementCount());
        assertEquals(balance, anna.balance());
        assertFalse(anna.hasService(op.service("news")));
        assertEquals(Outcome.SERVICE_NOT_CONNECTED, op.rules().services().disconnect(anna, op.service("news"), result));
    }
}
