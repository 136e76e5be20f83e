package io.telesim.smpp.server;

import static io.telesim.smpp.server.SmscFixture.ANNA;
import static io.telesim.smpp.server.SmscFixture.SMS_PRICE;
import static io.telesim.smpp.server.SmscFixture.VERA;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsmpp.bean.BindType;
import org.jsmpp.bean.OptionalParameter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MessageLengthLimitsTest {

    private final SmscFixture fixture = new SmscFixture();
    private final SmscFixture.Client bank;

    MessageLengthLimitsTest() throws Exception {
        bank = fixture.bind("bank", "secret", BindType.BIND_TRX);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void anEmptyShortMessageIsDeliveredEmptyAndCostsOneSms() throws Exception {
        Pdus.submit(bank.session, "Bank", Long.toString(ANNA), Pdus.GSM7, new byte[0]);

        assertEquals("DELIVRD", SubmitAndDeliveryTest.receiptState(bank.next()));
        assertEquals("", fixture.handsets.inbox(ANNA).get(0).text());
        assertEquals(100_000 - SMS_PRICE, fixture.balance(VERA));
    }

    @Test
    void aFullShortMessageOf254OctetsArrivesWholeAndCostsTwoSms() throws Exception {
        String text = "z".repeat(254);

        Pdus.submit(bank.session, "Bank", Long.toString(ANNA), Pdus.GSM7, Pdus.ascii(text));

        assertEquals("DELIVRD", SubmitAndDeliveryTest.receiptState(bank.next()));
        assertEquals(text, fixture.handsets.inbox(ANNA).get(0).text());
        assertEquals(100_000 - 2 * SMS_PRICE, fixture.balance(VERA));
    }

    @Test
    void aPayloadOneOctetPastTheShortMessageLimitArrivesWholeAndCostsTwoSms() throws Exception {
        String text = "q".repeat(255);

        Pdus.submit(bank.session, "Bank", Long.toString(ANNA), Pdus.GSM7, new byte[0], new OptionalParameter.Message_payload(Pdus.ascii(text)));

        assertEquals("DELIVRD", SubmitAndDeliveryTest.receiptState(bank.next()));
        assertEquals(text, fixture.handsets.inbox(ANNA).get(0).text());
        assertEquals(100_000 - 2 * SMS_PRICE, fixture.balance(VERA));
    }
}
