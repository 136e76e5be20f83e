package io.telesim.ussd.builtin;

import static io.telesim.billing.TestNumbers.ANNA;
import static io.telesim.billing.TestNumbers.BORIS;
import static io.telesim.billing.TestNumbers.MOSCOW_OTHER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TransferServiceTest {

    private final BuiltinFixture fixture = new BuiltinFixture();

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void shouldAskThenTransferAndShowTheNewBalance() {
        fixture.provision(ANNA, "go", 50_000);
        fixture.provision(BORIS, "go", 10_000);

        BuiltinFixture.Handset handset = fixture.dial(ANNA, "*112*79160000002*50#");
        assertEquals("Transfer 50.00 ₽ to +7 916 000-00-02? Fee 10.00 ₽.\n1 Yes\n2 No", handset.text());
        assertFalse(handset.ended());

        handset.answer("1");

        assertTrue(handset.ended());
        assertEquals("Sent 50.00 ₽ to +7 916 000-00-02.\nBalance 440.00 ₽", handset.text());
        assertEquals(44_000, fixture.read(ANNA).balance());
        assertEquals(15_000, fixture.read(BORIS).balance());
    }

    @Test
    void shouldAcceptTheNumberWithPlusOrEight() {
        fixture.provision(ANNA, "go", 50_000);
        fixture.provision(BORIS, "go", 0);

        fixture.dial(ANNA, "*112*+79160000002*20#").answer("1");
        fixture.dial(ANNA, "*112*89160000002*20#").answer("1");

        assertEquals(4_000, fixture.read(BORIS).balance());
    }

    @Test
    void shouldShowTheLimitsWhenTheAmountIsAboveThem() {
        fixture.provision(ANNA, "go", 500_000);
        fixture.provision(BORIS, "go", 0);

        BuiltinFixture.Handset handset = fixture.dial(ANNA, "*112*79160000002*2000#").answer("1");

        assertEquals("The amount is outside the allowed limits. A transfer is 10.00 ₽ to 1500.00 ₽.", handset.text());
        assertEquals(500_000, fixture.read(ANNA).balance());
        assertEquals(0, fixture.read(BORIS).balance());
    }

    @Test
    void shouldRefuseInWordsBeyondTheDailyLimit() {
        fixture.provision(ANNA, "go", 1_000_000);
        fixture.provision(BORIS, "go", 0);
        fixture.dial(ANNA, "*112*79160000002*1500#").answer("1");
        fixture.dial(ANNA, "*112*79160000002*1500#").answer("1");

        BuiltinFixture.Handset third = fixture.dial(ANNA, "*112*79160000002*100#").answer("1");

        assertEquals("The daily transfer limit would be exceeded.", third.text());
        assertEquals(300_000, fixture.read(BORIS).balance());
    }

    @Test
    void shouldRefuseInWordsWithoutEnoughMoneyOrToAnotherOperator() {
        fixture.provision(ANNA, "go", 5_000);
        fixture.provision(BORIS, "go", 0);

        assertEquals("Not enough money on the balance.", fixture.dial(ANNA, "*112*79160000002*50#").answer("1").text());
        assertEquals("The recipient cannot receive the transfer.", fixture.dial(ANNA, "*112*" + MOSCOW_OTHER + "*20#").answer("1").text());
        assertEquals("Money cannot be transferred to the same number.", fixture.dial(ANNA, "*112*79160000001*20#").answer("1").text());
        assertEquals(5_000, fixture.read(ANNA).balance());
    }

    @Test
    void shouldChangeNothingWhenTheUserSaysNo() {
        fixture.provision(ANNA, "go", 50_000);
        fixture.provision(BORIS, "go", 0);

        BuiltinFixture.Handset handset = fixture.dial(ANNA, "*112*79160000002*50#").answer("2");

        assertTrue(handset.ended());
        assertEquals("Cancelled. Nothing was changed.", handset.text());
        assertEquals(50_000, fixture.read(ANNA).balance());
        assertEquals(0, fixture.read(BORIS).balance());
    }

    @Test
    void shouldAskAgainOnAnAnswerThatIsNotYesOrNo() {
        fixture.provision(ANNA, "go", 50_000);
        fixture.provision(BORIS, "go", 0);

        BuiltinFixture.Handset handset = fixture.dial(ANNA, "*112*79160000002*50#").answer("7");

        assertFalse(handset.ended());
        assertEquals("Please answer 1-2.\nTransfer 50.00 ₽ to +7 916 000-00-02? Fee 10.00 ₽.\n1 Yes\n2 No", handset.text());
        assertEquals(0, fixture.read(BORIS).balance());
        assertEquals("Sent 50.00 ₽ to +7 916 000-00-02.\nBalance 440.00 ₽", handset.answer("1").text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "*112#                    | A transfer needs a number and an amount.",
        "*112*79160000002#        | A transfer needs a number and an amount.",
        "*112*79160000002*50*1#   | A transfer needs a number and an amount.",
        "*112*12345*50#           | is not a Russian number: expected 11 digits",
        "*112*7916+0000002*50#    | is not a phone number",
        "*112*79160000002*0#      | The amount must be more than 0.",
        "*112*79160000002*+50#    | The amount must be a whole number, like 50.",
        "*112*79160000002*9999999999# | The amount is too large.",
    })
    void shouldEndWithAClearTextOnMalformedParameters(String code, String says) {
        fixture.provision(ANNA, "go", 50_000);

        BuiltinFixture.Handset handset = fixture.dial(ANNA, code);

        assertTrue(handset.ended());
        assertTrue(handset.text().contains(says), handset.text());
        assertTrue(handset.text().endsWith("Dial *112*number*amount#, e.g. *112*79160000002*50#"), handset.text());
        assertEquals(50_000, fixture.read(ANNA).balance());
    }
}
