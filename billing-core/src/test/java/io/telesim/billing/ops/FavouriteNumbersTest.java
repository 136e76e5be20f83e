package io.telesim.billing.ops;

import static io.telesim.billing.TestNumbers.ANNA;
import static io.telesim.billing.TestNumbers.BORIS;
import static io.telesim.billing.TestNumbers.LONDON;
import static io.telesim.billing.TestNumbers.MOSCOW_OTHER;
import static io.telesim.billing.TestNumbers.PETERSBURG_OTHER;
import static io.telesim.billing.TestNumbers.UNLISTED;
import static io.telesim.billing.TestNumbers.VERA;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import io.telesim.billing.TestOperator;
import io.telesim.billing.result.OperationResult;
import io.telesim.billing.result.Outcome;

/** F5 favourite numbers: up to three Russian numbers called at half price (pay as you go, per second). */
class FavouriteNumbersTest {

    private final TestOperator op = TestOperator.standard();

    FavouriteNumbersTest() {
        op.subscriber(ANNA, "go", 100_000);
        TestOperator.requireOk(op.connect(ANNA, "favourites"), "connecting favourite numbers");
    }

    @Test
    void shouldHalveThePriceOfCallsToAFavouriteNumber() {
        op.addFavourite(ANNA, MOSCOW_OTHER);

        assertEquals(125, op.call(ANNA, MOSCOW_OTHER, 60).usageMoney(), "half of 2.50 ₽");
        assertEquals(128, op.call(ANNA, MOSCOW_OTHER, 61).usageMoney(), "61 s at 1.25 ₽/min, rounded up");
        assertEquals(300, op.call(ANNA, PETERSBURG_OTHER, 60).usageMoney(), "not a favourite: full price");
    }

    @Test
    void shouldKeepAtMostThreeFavourites() {
        assertEquals(Outcome.OK, op.addFavourite(ANNA, MOSCOW_OTHER).outcome());
        assertEquals(Outcome.OK, op.addFavourite(ANNA, PETERSBURG_OTHER).outcome());
        assertEquals(Outcome.OK, op.addFavourite(ANNA, BORIS).outcome());
        assertEquals(Outcome.OK, op.addFavourite(ANNA, BORIS).outcome(), "already a favourite: nothing to do");

        assertEquals(Outcome.FAVOURITES_FULL, op.addFavourite(ANNA, UNLISTED).outcome());
        assertEquals(300, op.call(ANNA, UNLISTED, 60).usageMoney());
    }

    @Test
    void shouldAcceptOnlyOtherRussianNumbers() {
        assertEquals(Outcome.INVALID_NUMBER, op.addFavourite(ANNA, LONDON).outcome());
        assertEquals(Outcome.INVALID_NUMBER, op.addFavourite(ANNA, ANNA).outcome());
    }

    @Test
    void shouldRequireTheService() {
        op.subscriber(VERA, "go", 10_000);

        assertEquals(Outcome.SERVICE_NOT_CONNECTED, op.addFavourite(VERA, MOSCOW_OTHER).outcome());
    }

    @Test
    void shouldForgetTheFavouritesWhenTheServiceIsDisconnected() {
        op.addFavourite(ANNA, MOSCOW_OTHER);

        op.rules().services().disconnect(op.account(ANNA), op.service("favourites"), new OperationResult());

        assertEquals(0, op.account(ANNA).favourite(0));
        assertEquals(250, op.call(ANNA, MOSCOW_OTHER, 60).usageMoney());
    }
}
