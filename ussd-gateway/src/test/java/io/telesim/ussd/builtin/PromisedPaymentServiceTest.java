package io.telesim.ussd.builtin;

import static io.telesim.billing.TestNumbers.ANNA;
import static io.telesim.billing.TestTimes.DAY;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PromisedPaymentServiceTest {

    private static final String OFFER = "Promised payment for 3 days:\n1 100.00 ₽, fee 7.00 ₽\n2 500.00 ₽, fee 25.00 ₽\n3 800.00 ₽, fee 50.00 ₽";

    private final BuiltinFixture fixture = new BuiltinFixture();

    @AfterEach
    void close() {
        fixture.close();
    }

    /** A number old enough and topped up enough for a promised payment: 500 ₽ topped up 61 days ago. */
    private void eligibleAnna() {
        fixture.provision(ANNA, "go", 0);
        fixture.topUp(ANNA, 50_000);
        fixture.clock.advance(61 * DAY);
    }

    @Test
    void shouldOfferTheAmountsThePolicyAllowsThenCreditTheChosenOne() {
        eligibleAnna();

        BuiltinFixture.Handset handset = fixture.dial(ANNA, "*111*123#");
        assertEquals(OFFER, handset.text());
        assertEquals("Take 500.00 ₽ for 3 days, fee 25.00 ₽?\n1 Yes\n2 No", handset.answer("2").text());
        handset.answer("1");

        assertEquals(97_500, fixture.read(ANNA).balance());
        assertEquals("Promised payment of 500.00 ₽ is credited.\nBalance 975.00 ₽", handset.text());
        assertEquals(50_000, fixture.record(ANNA).promisedOutstanding());
    }

    @Test
    void shouldRefuseASecondOneInWords() {
        eligibleAnna();
        fixture.dial(ANNA, "*111*123#").answer("1", "1");

        assertEquals("A promised payment is already open.", fixture.dial(ANNA, "*111*123#").answer("1", "1").text());
        assertEquals(10_000, fixture.record(ANNA).promisedOutstanding());
    }

    @Test
    void shouldRefuseANewNumberInWords() {
        fixture.provision(ANNA, "go", 1_000);

        assertEquals("The number is too new for a promised payment.", fixture.dial(ANNA, "*111*123#").answer("1", "1").text());

        assertEquals(1_000, fixture.read(ANNA).balance());
        assertEquals(0, fixture.record(ANNA).promisedOutstanding());
    }

    @Test
    void shouldChangeNothingWhenTheUserSaysNo() {
        eligibleAnna();

        assertEquals(Menu.CANCELLED, fixture.dial(ANNA, "*111*123#").answer("3", "2").text());

        assertEquals(50_000, fixture.read(ANNA).balance());
        assertEquals(0, fixture.record(ANNA).promisedOutstanding());
    }

    @Test
    void shouldBeTheSameFlowFromTheMainMenu() {
        eligibleAnna();

        BuiltinFixture.Handset handset = fixture.dial(ANNA, "*111#").answer("4");
        assertEquals(OFFER + "\n0 Back", handset.text());
        handset.answer("1", "1");

        assertEquals(10_000, fixture.record(ANNA).promisedOutstanding());
    }
}
