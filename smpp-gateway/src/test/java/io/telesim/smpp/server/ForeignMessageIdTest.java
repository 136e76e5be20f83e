package io.telesim.smpp.server;

import static io.telesim.smpp.server.SmscFixture.BORIS;
import static io.telesim.smpp.server.SmscFixture.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.MessageState;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.TypeOfNumber;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ForeignMessageIdTest {

    private final SmscFixture fixture = new SmscFixture();

    ForeignMessageIdTest() throws Exception {
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void anotherEsmesMessageIdIsUnknownToQueryCancelAndReplace() throws Exception {
        SmscFixture.Client shop = fixture.bind("shop", "shoppw", BindType.BIND_TRX);
        SmscFixture.Client bank = fixture.bind("bank", "secret", BindType.BIND_TRX);
        fixture.handsets.switchOff(BORIS);
        String shops = Pdus.submit(shop.session, "Bank", Long.toString(BORIS), Pdus.GSM7, Pdus.ascii("Sale starts"));
        await("a failed attempt", () -> fixture.centre.find(shops).attempts() >= 1);

        assertEquals(SMPPConstant.STAT_ESME_RINVMSGID, Pdus.statusOf(() -> bank.session.queryShortMessage(shops, TypeOfNumber.ALPHANUMERIC,
                NumberingPlanIndicator.UNKNOWN, "Bank")), "query_sm");
        assertEquals(SMPPConstant.STAT_ESME_RINVMSGID, Pdus.statusOf(() -> bank.session.cancelShortMessage("", shops,
                TypeOfNumber.ALPHANUMERIC, NumberingPlanIndicator.UNKNOWN, "Bank", TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN,
                Long.toString(BORIS))), "cancel_sm");
        assertEquals(SMPPConstant.STAT_ESME_RINVMSGID, Pdus.statusOf(() -> bank.session.replaceShortMessage(shops, TypeOfNumber.ALPHANUMERIC,
                NumberingPlanIndicator.UNKNOWN, "Bank", null, null, new RegisteredDelivery(0), (byte) 0, Pdus.ascii("Sale is off"))),
                "replace_sm");

        assertEquals(MessageState.ENROUTE, fixture.centre.find(shops).state());
        fixture.handsets.switchOn(BORIS);
        await("the shop's message delivered", () -> !fixture.handsets.inbox(BORIS).isEmpty());
        assertEquals("Sale starts", fixture.handsets.inbox(BORIS).get(0).text());
    }
}
