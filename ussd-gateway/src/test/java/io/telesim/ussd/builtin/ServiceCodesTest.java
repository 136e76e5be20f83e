package io.telesim.ussd.builtin;

import static io.telesim.billing.TestNumbers.ANNA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ServiceCodesTest {

    private final BuiltinFixture fixture = new BuiltinFixture();
    private int numberManagement;

    @BeforeEach
    void provision() {
        fixture.provision(ANNA, "go", 50_000);
        numberManagement = fixture.catalog.serviceByUssdCode("*111*828*1#");
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void shouldConnectNumberManagementOnItsCodeAfterConfirmation() {
        BuiltinFixture.Handset handset = fixture.dial(ANNA, "*111*828*1#");
        assertEquals("Connect Number management (no fee)?\n1 Yes\n2 No", handset.text());
        assertFalse(fixture.record(ANNA).hasService(numberManagement));

        assertEquals("Number management is connected.\nBalance 500.00 ₽", handset.answer("1").text());

        assertTrue(fixture.record(ANNA).hasService(numberManagement));
        assertEquals("The service is already connected.", fixture.dial(ANNA, "*111*828*1#").answer("1").text());
    }

    @Test
    void shouldDisconnectNumberManagementOnItsTwinCode() {
        fixture.dial(ANNA, "*111*828*1#").answer("1");

        BuiltinFixture.Handset handset = fixture.dial(ANNA, "*111*828*2#");
        assertEquals("Disconnect Number management?\n1 Yes\n2 No", handset.text());
        assertTrue(fixture.record(ANNA).hasService(numberManagement));

        assertEquals("Number management is disconnected.\nBalance 500.00 ₽", handset.answer("1").text());

        assertFalse(fixture.record(ANNA).hasService(numberManagement));
        assertEquals("The service is not connected.", fixture.dial(ANNA, "*111*828*2#").answer("1").text());
    }

    @Test
    void shouldChangeNothingWhenTheUserSaysNo() {
        assertEquals(Menu.CANCELLED, fixture.dial(ANNA, "*111*828*1#").answer("2").text());

        assertEquals(0, fixture.record(ANNA).services());
    }

    @Test
    void shouldConnectAPaidServiceFromTheMenuAndChargeIt() {
        int barring = fixture.catalog.serviceIndex("call-barring");
        BuiltinFixture.Handset handset = fixture.dial(ANNA, "*111#").answer("2");
        assertTrue(handset.text().startsWith("Services:\n1 Voice mail: off\n2 Caller tune: off\n"), handset.text());

        handset.answer(Integer.toString(barring + 1));
        assertEquals("Connect Barring of international calls (no fee, 50.00 ₽ to connect)?\n1 Yes\n2 No", handset.text());
        handset.answer("1");

        assertEquals("Barring of international calls is connected.\nBalance 450.00 ₽", handset.text());
        assertTrue(fixture.record(ANNA).hasService(barring));
        assertEquals(45_000, fixture.read(ANNA).balance());
        assertTrue(fixture.dial(ANNA, "*111#").answer("2").text().contains("\n8 Barring of international calls: on\n"));
    }

    @Test
    void shouldOfferToDisconnectAConnectedServiceFromTheMenu() {
        fixture.dial(ANNA, "*111*28#").answer("1");

        BuiltinFixture.Handset handset = fixture.dial(ANNA, "*111#").answer("2", "2");
        assertEquals("Disconnect Caller tune?\n1 Yes\n2 No", handset.text());
        handset.answer("1");

        assertFalse(fixture.record(ANNA).hasService(fixture.catalog.serviceIndex("caller-tune")));
    }

    @Test
    void shouldShowTheEnginesRefusalOfIncompatibleServices() {
        fixture.dial(ANNA, "*111*90#").answer("1");

        BuiltinFixture.Handset handset = fixture.dial(ANNA, "*111*38#").answer("1");

        assertEquals("The service cannot be connected together with one already connected.", handset.text());
        assertFalse(fixture.record(ANNA).hasService(fixture.catalog.serviceIndex("missed-calls")));
    }
}
