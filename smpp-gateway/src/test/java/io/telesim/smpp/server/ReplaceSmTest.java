package io.telesim.smpp.server;

import static io.telesim.smpp.server.SmscFixture.ANNA;
import static io.telesim.smpp.server.SmscFixture.BORIS;
import static io.telesim.smpp.server.SmscFixture.SMS_PRICE;
import static io.telesim.smpp.server.SmscFixture.VERA;
import static io.telesim.smpp.server.SmscFixture.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.SMSCDeliveryReceipt;
import org.jsmpp.bean.TypeOfNumber;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ReplaceSmTest {

    private final SmscFixture fixture = new SmscFixture();
    private final SmscFixture.Client bank;

    ReplaceSmTest() throws Exception {
        bank = fixture.bind("bank", "secret", BindType.BIND_TRX);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aLongerTextForAWaitingMessageIsChargedForItsExtraSegmentAndDelivered() throws Exception {
        fixture.handsets.switchOff(BORIS);
        String id = Pdus.submit(bank.session, "Bank", Long.toString(BORIS), Pdus.GSM7, Pdus.ascii("Rate changes soon"));
        await("a failed attempt", () -> fixture.centre.find(id).attempts() >= 1);
        String longer = "Rate changes on 1 April: ".repeat(8);

        replace(id, longer);

        assertEquals(100_000 - 2 * SMS_PRICE, fixture.balance(VERA), "200 characters take two segments");
        fixture.handsets.switchOn(BORIS);
        assertEquals("DELIVRD", SubmitAndDeliveryTest.receiptState(bank.next()));
        assertEquals(longer, fixture.handsets.inbox(BORIS).get(0).text());
    }

    @Test
    void aDeliveredMessageCannotBeReplaced() throws Exception {
        String id = Pdus.submit(bank.session, "Bank", Long.toString(ANNA), Pdus.GSM7, Pdus.ascii("Code 1234"));
        assertEquals("DELIVRD", SubmitAndDeliveryTest.receiptState(bank.next()));

        int status = Pdus.statusOf(() -> replace(id, "Code 5678"));

        assertEquals(SMPPConstant.STAT_ESME_RREPLACEFAIL, status);
        assertEquals("Code 1234", fixture.handsets.inbox(ANNA).get(0).text());
        assertEquals(100_000 - SMS_PRICE, fixture.balance(VERA));
    }

    private void replace(String id, String text) throws Exception {
        bank.session.replaceShortMessage(id, TypeOfNumber.ALPHANUMERIC, NumberingPlanIndicator.UNKNOWN, "Bank", null, null,
                new RegisteredDelivery(SMSCDeliveryReceipt.SUCCESS_FAILURE), (byte) 0, Pdus.ascii(text));
    }
}
