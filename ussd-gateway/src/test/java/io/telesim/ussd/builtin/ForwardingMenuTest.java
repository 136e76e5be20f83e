package io.telesim.ussd.builtin;

import static io.telesim.billing.TestNumbers.ANNA;
import static io.telesim.billing.TestNumbers.BORIS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.telesim.billing.account.ForwardingCondition;

class ForwardingMenuTest {

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
    void shouldSetForwardingToATypedNumberAfterConfirmation() {
        BuiltinFixture.Handset handset = fixture.dial(ANNA, "*111#").answer("7", "1");
        assertEquals("Forward calls:\n1 Always\n2 When busy\n3 On no answer\n4 When unreachable\n0 Back", handset.text());
        assertEquals("Forward calls when busy to which number?\n0 Back", handset.answer("2").text());

        handset.answer("8 916 000-00-02");
        assertEquals("Forward calls when busy to +7 916 000-00-02?\n1 Yes\n2 No", handset.text());
        assertEquals("Calls when busy now go to +7 916 000-00-02.", handset.answer("1").text());

        assertEquals(BORIS, fixture.record(ANNA).forwarding(ForwardingCondition.BUSY));
        assertEquals(0, fixture.record(ANNA).forwarding(ForwardingCondition.UNCONDITIONAL));
        assertEquals("Forwarding:\nAlways: off\nWhen busy: +7 916 000-00-02\nOn no answer: off\nWhen unreachable: off\n1 Set\n2 Clear\n0 Back",
                fixture.dial(ANNA, "*111#").answer("7").text());
    }

    @Test
    void shouldAskAgainForANumberThatIsNone() {
        BuiltinFixture.Handset handset = fixture.dial(ANNA, "*111#").answer("7", "1", "1", "abc");

        assertFalse(handset.ended());
        assertEquals("'abc' is not a phone number: unexpected character 'a'\nForward calls always to which number?\n0 Back", handset.text());
        assertEquals("Forward calls:\n1 Always\n2 When busy\n3 On no answer\n4 When unreachable\n0 Back", handset.answer("0").text());
    }

    @Test
    void shouldShowTheEnginesRefusalToForwardToItself() {
        BuiltinFixture.Handset handset = fixture.dial(ANNA, "*111#").answer("7", "1", "1", "79160000001", "1");

        assertEquals("Calls cannot be forwarded to that number.", handset.text());
        assertEquals(0, fixture.record(ANNA).forwarding(ForwardingCondition.UNCONDITIONAL));
    }

    @Test
    void shouldClearAForwarding() {
        fixture.dial(ANNA, "*111#").answer("7", "1", "4", "+442071234567", "1");
        assertEquals(442071234567L, fixture.record(ANNA).forwarding(ForwardingCondition.NOT_REACHABLE));

        assertEquals("Calls when unreachable are no longer forwarded.", fixture.dial(ANNA, "*111#").answer("7", "2", "4").text());

        assertEquals(0, fixture.record(ANNA).forwarding(ForwardingCondition.NOT_REACHABLE));
    }

    @Test
    void shouldChangeNothingWhenTheUserSaysNo() {
        assertEquals(Menu.CANCELLED, fixture.dial(ANNA, "*111#").answer("7", "1", "1", "79160000002", "2").text());

        assertEquals(0, fixture.record(ANNA).forwarding(ForwardingCondition.UNCONDITIONAL));
    }
}
