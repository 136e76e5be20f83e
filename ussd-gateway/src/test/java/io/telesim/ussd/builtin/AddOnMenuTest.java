package io.telesim.ussd.builtin;

import static io.telesim.billing.TestCatalogs.GB;
import static io.telesim.billing.TestNumbers.ANNA;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AddOnMenuTest {

    private final BuiltinFixture fixture = new BuiltinFixture();

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void shouldBuyAnAddOnAfterConfirmation() {
        fixture.provision(ANNA, "go", 50_000);

        BuiltinFixture.Handset handset = fixture.dial(ANNA, "*111#").answer("3", "1");
        assertEquals("Buy Internet 1 GB for 100.00 ₽?\n1 Yes\n2 No", handset.text());
        handset.answer("1");

        assertEquals("Internet 1 GB is added.\nBalance 400.00 ₽", handset.text());
        assertEquals(40_000, fixture.read(ANNA).balance());
        assertEquals(GB, fixture.read(ANNA).dataLeft());
    }

    @Test
    void shouldChangeNothingWhenTheUserSaysNo() {
        fixture.provision(ANNA, "go", 50_000);

        assertEquals(Menu.CANCELLED, fixture.dial(ANNA, "*111#").answer("3", "2", "2").text());

        assertEquals(50_000, fixture.read(ANNA).balance());
        assertEquals(0, fixture.read(ANNA).dataLeft());
    }

    @Test
    void shouldShowTheEnginesRefusalInWords() {
        fixture.provision(ANNA, "go", 4_000);

        assertEquals("Not enough money on the balance.", fixture.dial(ANNA, "*111#").answer("3", "3", "1").text());

        assertEquals(4_000, fixture.read(ANNA).balance());
    }
}
