package io.telesim.smpp.server;

import static io.telesim.smpp.server.SmscFixture.ANNA;
import static io.telesim.smpp.server.SmscFixture.VERA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.RawDataCoding;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.SMSCDeliveryReceipt;
import org.jsmpp.bean.TypeOfNumber;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.telesim.smpp.SmppRejection;

class UnservedShortNumberTest {

    private final SmscFixture fixture = new SmscFixture();

    UnservedShortNumberTest() throws Exception {
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aSubmitToAShortNumberNoEsmeServesIsRefusedAndNotCharged() throws Exception {
        SmscFixture.Client bank = fixture.bind("bank", "secret", BindType.BIND_TRX);

        int status = Pdus.statusOf(() -> bank.session.submitShortMessage("", TypeOfNumber.ALPHANUMERIC, NumberingPlanIndicator.UNKNOWN,
                "Bank", TypeOfNumber.ABBREVIATED, NumberingPlanIndicator.ISDN, "5555", Pdus.PLAIN, (byte) 0, (byte) 0, null, null,
                new RegisteredDelivery(SMSCDeliveryReceipt.SUCCESS_FAILURE), (byte) 0, new RawDataCoding(Pdus.GSM7), (byte) 0,
                Pdus.ascii("STOP")));

        assertEquals(SMPPConstant.STAT_ESME_RINVDSTADR, status);
        assertEquals(100_000, fixture.balance(VERA));
        assertEquals(0, fixture.centre.stats().accepted());
    }

    @Test
    void anSmsFromAHandsetToAShortNumberNobodyServesIsRefusedAndNotCharged() {
        SmppRejection refusal = assertThrows(SmppRejection.class, () -> fixture.senders.sendFromHandset(ANNA, "5555", "HELP"));

        assertEquals(SMPPConstant.STAT_ESME_RINVDSTADR, refusal.commandStatus());
        assertEquals(10_000, fixture.balance(ANNA));
        assertTrue(fixture.handsets.inbox(ANNA).isEmpty());
    }
}
