package io.telesim.billing.rating;

import static io.telesim.billing.TestNumbers.ALMATY;
import static io.telesim.billing.TestNumbers.ANNA;
import static io.telesim.billing.TestNumbers.BORIS;
import static io.telesim.billing.TestNumbers.LONDON;
import static io.telesim.billing.TestNumbers.MOSCOW_OTHER;
import static io.telesim.billing.TestNumbers.PETERSBURG_OTHER;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.telesim.billing.TariffDraft;
import io.telesim.billing.TestCatalogs;
import io.telesim.billing.TestOperator;
import io.telesim.billing.TestTimes;
import io.telesim.billing.catalog.PriceList;
import io.telesim.billing.catalog.Rounding;
import io.telesim.billing.number.DestinationClass;
import io.telesim.billing.result.MovementKind;
import io.telesim.billing.result.OperationResult;
import io.telesim.billing.result.Outcome;

/** Calls beyond any bundle on the pay-as-you-go tariff: rounding, connection fees and prices by destination. */
class VoiceRatingTest {

    private static TestOperator goWith(UnaryOperator<TariffDraft> change) {
        TestOperator op = new TestOperator(TestCatalogs.builder().tariff("go", change).build(), TestTimes.MID_MARCH);
        op.subscriber(ANNA, "go", 10_000);
        return op;
    }

    @Test
    void shouldChargeTwoMinutesFor61SecondsOnPerMinuteBilling() {
        TestOperator op = goWith(t -> t.voiceRounding(Rounding.PER_MINUTE));

        OperationResult call = op.call(ANNA, MOSCOW_OTHER, 61);

        assertEquals(Outcome.OK, call.outcome());
        assertEquals(61, call.usedUnits());
        assertEquals(120, call.chargedUnits());
        assertEquals(500, call.usageMoney(), "two minutes at 2.50 ₽");
        assertEquals(9_500, op.account(ANNA).balance());
    }

    @Test
    void shouldChargeSixtyOneSecondsFor61SecondsAtSixtySlashOne() {
        TestOperator op = goWith(t -> t.voiceRounding(new Rounding(60, 1)));

        OperationResult call = op.call(ANNA, MOSCOW_OTHER, 61);

        assertEquals(61, call.chargedUnits());
        assertEquals(255, call.usageMoney(), "61 s at 2.50 ₽/min is 2.5417 ₽, rounded up to the kopeck");
    }

    @Test
    void shouldChargeAWholeFirstMinuteForAShortCallAtSixtySlashOne() {
        TestOperator op = goWith(t -> t.voiceRounding(new Rounding(60, 1)));

        OperationResult call = op.call(ANNA, MOSCOW_OTHER, 7);

        assertEquals(60, call.chargedUnits());
        assertEquals(250, call.usageMoney());
    }

    @Test
    void shouldChargeEverySecondOnPerSecondBilling() {
        TestOperator op = TestOperator.standard();
        op.subscriber(ANNA, "go", 10_000);

        OperationResult call = op.call(ANNA, BORIS, 61);

        assertEquals(61, call.chargedUnits());
        assertEquals(153, call.usageMoney(), "61 s at 1.50 ₽/min is 1.525 ₽, rounded up to 1.53 ₽");
        assertEquals(DestinationClass.ON_NET, call.destinationClass());
        assertEquals(9_847, op.account(ANNA).balance());
    }

    @Test
    void shouldAddTheConnectionFeeToEveryAnsweredCall() {
        TestOperator op = goWith(t -> t.voiceConnectionFee(100));

        OperationResult call = op.call(ANNA, MOSCOW_OTHER, 61);

        assertEquals(355, call.usageMoney(), "1.00 ₽ to connect plus 61 s at 2.50 ₽/min (2.55 ₽)");
        assertEquals(9_645, op.account(ANNA).balance());
    }

    @Test
    void shouldChargeNoConnectionFeeForAnUnansweredCall() {
        TestOperator op = goWith(t -> t.voiceConnectionFee(100));
        long session = op.nextSessionId();
        op.reserve(session, ANNA, UsageKind.VOICE, MOSCOW_OTHER, 300);

        OperationResult commit = op.commit(session, 0);

        assertEquals(0, commit.usageMoney());
        assertEquals(0, commit.movementCount());
        assertEquals(10_000, op.account(ANNA).balance());
    }

    @Test
    void shouldChargeNoConnectionFeeForAFreeShortNumber() {
        TestOperator op = goWith(t -> t.voiceConnectionFee(100));

        OperationResult call = op.call(ANNA, "0611", 300);

        assertEquals(Outcome.OK, call.outcome());
        assertEquals(DestinationClass.FREE_SHORT, call.destinationClass());
        assertEquals(0, call.usageMoney());
        assertEquals(10_000, op.account(ANNA).balance());
    }

    @ParameterizedTest(name = "a minute to {0} costs {1} kopecks")
    @CsvSource({
        "79160000002,  150",
        "79030000001,  250",
        "79210000001,  300",
        "77011234567, 4900",
        "442071234567, 4900",
        "79990000001,  300"
    })
    void shouldPriceAMinuteByDestinationClass(long destination, long kopecks) {
        TestOperator op = TestOperator.standard();
        op.subscriber(ANNA, "go", 10_000);

        OperationResult call = op.call(ANNA, destination, 60);

        assertEquals(kopecks, call.usageMoney());
        assertEquals(10_000 - kopecks, op.account(ANNA).balance());
    }

    @Test
    void shouldPricePaidShortNumbersAndLeaveFreeOnesFree() {
        TestOperator op = TestOperator.standard();
        op.subscriber(ANNA, "go", 10_000);

        assertEquals(500, op.call(ANNA, "5030", 60).usageMoney());
        assertEquals(0, op.call(ANNA, "112", 60).usageMoney());
        assertEquals(0, op.call(ANNA, "100", 60).usageMoney());
        assertEquals(9_500, op.account(ANNA).balance());
    }

    @Test
    void shouldRecordTheCallChargeAsOneUsageMovement() {
        TestOperator op = TestOperator.standard();
        op.subscriber(ANNA, "go", 10_000);

        OperationResult call = op.call(ANNA, PETERSBURG_OTHER, 90);

        assertEquals(1, call.movementCount());
        assertEquals(ANNA, call.movementAccount(0));
        assertEquals(MovementKind.USAGE_CHARGE, call.movementKind(0));
        assertEquals(450, call.movementAmount(0), "90 s at 3.00 ₽/min");
        assertEquals(-450, call.netMovement(ANNA));
        assertEquals(9_550, call.balanceAfter());
    }

    @Test
    void shouldRefuseACallToABarredDestinationAndLeaveTheAccountAsItWas() {
        TestOperator op = goWith(t -> t.voicePrice(DestinationClass.INTERNATIONAL, PriceList.BARRED));
        byte[] before = op.snapshot().get(ANNA);

        OperationResult call = op.call(ANNA, LONDON, 60);

        assertEquals(Outcome.BARRED_DESTINATION, call.outcome());
        assertEquals(Outcome.BARRED_DESTINATION, op.call(ANNA, ALMATY, 60).outcome());
        assertArrayEquals(before, op.snapshot().get(ANNA));
        assertEquals(0, op.reservations().size());
    }
}
