package io.telesim.ussd.builtin;

import static io.telesim.billing.TestNumbers.ANNA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MainMenuTest {

    private static final String MENU = "Telesim\n1 Tariff\n2 Services\n3 Add-ons\n4 Promised payment\n5 Bonus points\n6 Block/unblock\n7 Forwarding";

    private final BuiltinFixture fixture = new BuiltinFixture();

    @BeforeEach
    void provision() {
        fixture.provision(ANNA, "go", 50_000);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void shouldListEveryItemWithNumbers() {
        BuiltinFixture.Handset handset = fixture.dial(ANNA, "*111#");

        assertEquals(MENU, handset.text());
        assertFalse(handset.ended());
    }

    @Test
    void shouldAskAgainOnInputThatIsNoItem() {
        BuiltinFixture.Handset handset = fixture.dial(ANNA, "*111#");

        for (String input : new String[] {"8", "0", "abc", "", "1 2", "0001"}) {
            handset.answer(input);
            assertEquals("Please answer 1-7.\n" + MENU, handset.text(), input);
            assertFalse(handset.ended());
        }
        assertEquals("Tariff Go (per second), no fee\n1 Change tariff\n0 Back", handset.answer("1").text());
    }

    @Test
    void shouldGoBackOneLevelOnZero() {
        BuiltinFixture.Handset handset = fixture.dial(ANNA, "*111#").answer("1", "1");
        assertEquals("Change to:\n1 Smart, 550.00 ₽/month\n2 Our Network, 9.90 ₽/day\n3 Family, 900.00 ₽/month"
                + "\n4 Home and Mobile, 750.00 ₽/month\n0 Back", handset.text());

        assertEquals("Tariff Go (per second), no fee\n1 Change tariff\n0 Back", handset.answer("0").text());
        assertEquals(MENU, handset.answer("0").text());
        assertEquals("Bonus points: 0\n1 Redeem\n2 Gift\n3 Claim a gift\n0 Back", handset.answer("5").text());
        assertEquals(MENU, handset.answer("0").text());
    }

    @Test
    void shouldOpenEachSubmenu() {
        assertEquals("Add-ons:\n1 Internet 1 GB, 100.00 ₽, 30 days\n2 Internet 5 GB, 250.00 ₽, 30 days"
                + "\n3 Internet for a day, 2 GB, 50.00 ₽, 1 day\n0 Back", fixture.dial(ANNA, "*111#").answer("3").text());
        assertEquals("Promised payment for 3 days:\n1 100.00 ₽, fee 7.00 ₽\n2 500.00 ₽, fee 25.00 ₽\n3 800.00 ₽, fee 50.00 ₽\n0 Back",
                fixture.dial(ANNA, "*111#").answer("4").text());
        assertEquals("Number active\n1 Block\n0 Back", fixture.dial(ANNA, "*111#").answer("6").text());
        assertEquals("Forwarding:\nAlways: off\nWhen busy: off\nOn no answer: off\nWhen unreachable: off\n1 Set\n2 Clear\n0 Back",
                fixture.dial(ANNA, "*111#").answer("7").text());
    }
}
