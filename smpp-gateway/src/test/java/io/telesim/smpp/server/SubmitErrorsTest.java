package io.telesim.smpp.server;

import static io.telesim.smpp.server.SmscFixture.ANNA;
import static io.telesim.smpp.server.SmscFixture.VERA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.TypeOfNumber;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.telesim.billing.TestNumbers;
import io.telesim.engine.Command;
import io.telesim.engine.CommandType;

class SubmitErrorsTest {

    private final SmscFixture fixture = new SmscFixture();
    private final SmscFixture.Client bank;

    SubmitErrorsTest() throws Exception {
        bank = fixture.bind("bank", "secret", BindType.BIND_TRX);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void badInputIsRefusedWithTheStatusThatNamesItAndNothingIsCharged() throws Exception {
        String anna = Long.toString(ANNA);
        assertEquals(SMPPConstant.STAT_ESME_RINVDSTADR, status("Bank", "12ab", Pdus.PLAIN, Pdus.ascii("hi")), "letters in a number");
        assertEquals(SMPPConstant.STAT_ESME_RINVDSTADR, status("Bank", Long.toString(TestNumbers.EGOR), Pdus.PLAIN, Pdus.ascii("hi")),
                "one of our numbers that nobody holds");
        assertEquals(SMPPConstant.STAT_ESME_RINVSRCADR, status("Shop", anna, Pdus.PLAIN, Pdus.ascii("hi")), "not one of bank's senders");
        assertEquals(SMPPConstant.STAT_ESME_RINVSRCADR, status("TwelveLetter", anna, Pdus.PLAIN, Pdus.ascii("hi")), "over 11 characters");
        assertEquals(SMPPConstant.STAT_ESME_RINVESMCLASS, status("Bank", anna, new ESMClass(0x04), Pdus.ascii("hi")), "a receipt type");
        assertEquals(SMPPConstant.STAT_ESME_RINVMSGLEN, status("Bank", anna, Pdus.UDHI, new byte[] {9, 0, 3, 1}), "a UDH longer than the message");
        assertEquals(SMPPConstant.STAT_ESME_RINVMSGLEN, Pdus.statusOf(() -> Pdus.submit(bank.session, "Bank", anna, Pdus.GSM7,
                Pdus.ascii("both"), new OptionalParameter.Message_payload(Pdus.ascii("and payload")))), "short_message and payload");
        assertEquals(SMPPConstant.STAT_ESME_RINVEXPIRY, Pdus.statusOf(() -> Pdus.submit(bank.session, TypeOfNumber.ALPHANUMERIC, "Bank",
                anna, Pdus.PLAIN, Pdus.GSM7, Pdus.ascii("hi"), "251301120000000+")), "month 13");
        assertEquals(0, fixture.centre.stats().accepted());
        assertEquals(100_000, fixture.balance(VERA));
    }

    @Test
    void aBlockedBillingAccountRefusesTheSubmit() throws Exception {
        fixture.call(new Command().set(CommandType.BLOCK, 99, VERA));

        int status = status("Bank", Long.toString(ANNA), Pdus.PLAIN, Pdus.ascii("hi"));

        assertEquals(SMPPConstant.STAT_ESME_RSUBMITFAIL, status);
        assertTrue(fixture.handsets.inbox(ANNA).isEmpty());
    }

    @Test
    void anEsmeOverItsRateIsThrottled() throws Exception {
        SmscFixture.Client shop = fixture.bind("shop", "shoppw", BindType.BIND_TX);
        int accepted = 0;
        int throttled = 0;
        for (int i = 0; i < 20; i++) {
            int status = Pdus.statusOf(() -> Pdus.submit(shop.session, "Shop", Long.toString(ANNA), Pdus.GSM7, Pdus.ascii("sale")));
            if (status == SMPPConstant.STAT_ESME_RTHROTTLED) {
                throttled++;
            } else if (status == 0) {
                accepted++;
            }
        }
        assertTrue(throttled > 0, "no submit was throttled");
        assertTrue(accepted >= 5 && accepted < 20, accepted + " accepted");
        assertEquals(accepted, fixture.centre.stats().accepted());
    }

    private int status(String source, String destination, ESMClass esmClass, byte[] text) throws Exception {
        return Pdus.statusOf(() -> Pdus.submit(bank.session, TypeOfNumber.ALPHANUMERIC, source, destination, esmClass, Pdus.GSM7, text, ""));
    }
}
