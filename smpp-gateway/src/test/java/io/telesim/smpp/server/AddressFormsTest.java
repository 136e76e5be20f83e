package io.telesim.smpp.server;

import static io.telesim.smpp.server.SmscFixture.ANNA;
import static io.telesim.smpp.server.SmscFixture.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.RawDataCoding;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.TypeOfNumber;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.telesim.engine.handset.InboxMessage;

class AddressFormsTest {

    private final SmscFixture fixture = new SmscFixture();
    private final SmscFixture.Client bank;

    AddressFormsTest() throws Exception {
        bank = fixture.bind("bank", "secret", BindType.BIND_TRX);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void theUsualWaysOfWritingASubscribersNumberAllReachItsInbox() throws Exception {
        assertEquals(0, status(TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, "89160000001", "unknown, trunk 8"));
        assertEquals(0, status(TypeOfNumber.UNKNOWN, NumberingPlanIndicator.ISDN, "+79160000001", "unknown, plus"));
        assertEquals(0, status(TypeOfNumber.NATIONAL, NumberingPlanIndicator.ISDN, "9160000001", "national"));
        assertEquals(0, status(TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, "+79160000001", "international, plus"));

        await("four messages in Anna's inbox", () -> fixture.handsets.inbox(ANNA).size() == 4);
        assertEquals(List.of("international, plus", "national", "unknown, plus", "unknown, trunk 8"),
                fixture.handsets.inbox(ANNA).stream().map(InboxMessage::text).sorted().toList());
    }

    @Test
    void aPlanThatDoesNotGoWithTheTypeOfNumberIsRefused() throws Exception {
        // NPI 0 with a full number is common among ESMEs and taken (SmppAddressesTest); a telex plan is not.
        assertEquals(SMPPConstant.STAT_ESME_RINVDSTADR, status(TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.TELEX, Long.toString(ANNA),
                "international with a telex plan"));
        assertEquals(SMPPConstant.STAT_ESME_RINVDSTADR, status(TypeOfNumber.ALPHANUMERIC, NumberingPlanIndicator.UNKNOWN, "Anna",
                "an alphanumeric recipient"));
        assertEquals(0, fixture.centre.stats().accepted());
    }

    private int status(TypeOfNumber ton, NumberingPlanIndicator npi, String destination, String text) throws Exception {
        return Pdus.statusOf(() -> bank.session.submitShortMessage("", TypeOfNumber.ALPHANUMERIC, NumberingPlanIndicator.UNKNOWN, "Bank",
                ton, npi, destination, Pdus.PLAIN, (byte) 0, (byte) 0, null, null, new RegisteredDelivery(0), (byte) 0,
                new RawDataCoding(Pdus.GSM7), (byte) 0, Pdus.ascii(text)));
    }
}
