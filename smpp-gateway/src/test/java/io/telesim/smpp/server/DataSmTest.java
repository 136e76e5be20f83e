package io.telesim.smpp.server;

import static io.telesim.smpp.server.SmscFixture.ANNA;
import static io.telesim.smpp.server.SmscFixture.SMS_PRICE;
import static io.telesim.smpp.server.SmscFixture.VERA;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsmpp.bean.BindType;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.RawDataCoding;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.SMSCDeliveryReceipt;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.session.DataSmResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DataSmTest {

    private final SmscFixture fixture = new SmscFixture();
    private final SmscFixture.Client bank;

    DataSmTest() throws Exception {
        bank = fixture.bind("bank", "secret", BindType.BIND_TRX);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aDataSmWithMessagePayloadIsDeliveredChargedPerSegmentAndItsRespCarriesTheReceiptedId() throws Exception {
        String text = "Statement ready. ".repeat(20);

        DataSmResult result = bank.session.dataShortMessage("", TypeOfNumber.ALPHANUMERIC, NumberingPlanIndicator.UNKNOWN, "Bank",
                TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, Long.toString(ANNA), Pdus.PLAIN,
                new RegisteredDelivery(SMSCDeliveryReceipt.SUCCESS_FAILURE), new RawDataCoding(Pdus.GSM7),
                new OptionalParameter.Message_payload(Pdus.ascii(text)));

        DeliverSm receipt = bank.next();
        assertEquals(result.getMessageId(), Pdus.receiptedId(receipt));
        assertEquals("DELIVRD", SubmitAndDeliveryTest.receiptState(receipt));
        assertEquals(text, fixture.handsets.inbox(ANNA).get(0).text());
        assertEquals(100_000 - 3 * SMS_PRICE, fixture.balance(VERA), "340 characters take three 153-character segments");
    }
}
