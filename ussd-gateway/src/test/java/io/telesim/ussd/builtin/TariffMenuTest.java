package io.telesim.ussd.builtin;

import static io.telesim.billing.TestNumbers.ANNA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TariffMenuTest {

    private final BuiltinFixture fixture = new BuiltinFixture();

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void shouldChangeTheTariffAfterConfirmation() {
        fixture.provision(ANNA, "go", 100_000);

        BuiltinFixture.Handset handset = fixture.dial(ANNA, "*111#").answer("1", "1", "1");
        assertEquals("Change to Smart (550.00 ₽/month)?\n1 Yes\n2 No", handset.text());

        handset.answer("1");

        assertTrue(handset.ended());
        assertEquals(fixture.catalog.tariffIndex("smart"), fixture.record(ANNA).tariff());
        assertEquals("Your tariff is now Smart.\nBalance " + Wording.money(fixture.read(ANNA).balance()), handset.text());
        assertEquals("Tariff Smart, 550.00 ₽/month\n1 Change tariff", fixture.dial(ANNA, "*111#").answer("1").text().split("\n0")[0]);
    }

    @Test
    void shouldListEveryTariffButTheCurrentOne() {
        fixture.provision(ANNA, "ours", 100_000);

        assertEquals("Change to:\n1 Go (per second), no fee\n2 Smart, 550.00 ₽/month\n3 Family, 900.00 ₽/month"
                + "\n4 Home and Mobile, 750.00 ₽/month\n0 Back", fixture.dial(ANNA, "*111#").answer("1", "1").text());
    }

    @Test
    void shouldKeepTheTariffWhenTheUserSaysNo() {
        fixture.provision(ANNA, "go", 100_000);

        assertEquals(Menu.CANCELLED, fixture.dial(ANNA, "*111#").answer("1", "1", "1", "2").text());

        assertEquals(fixture.catalog.tariffIndex("go"), fixture.record(ANNA).tariff());
        assertEquals(100_000, fixture.read(ANNA).balance());
    }

    @Test
    void shouldShowTheEnginesRefusalInWords() {
        fixture.provision(ANNA, "go", 1_000);

        BuiltinFixture.Handset handset = fixture.dial(ANNA, "*111#").answer("1", "1", "1", "1");

        assertEquals("Not enough money on the balance.", handset.text());
        assertEquals(fixture.catalog.tariffIndex("go"), fixture.record(ANNA).tariff());
        assertEquals(1_000, fixture.read(ANNA).balance());
    }
}
