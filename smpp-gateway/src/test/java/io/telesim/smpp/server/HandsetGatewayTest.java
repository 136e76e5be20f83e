package io.telesim.smpp.server;

import static io.telesim.smpp.server.SmscFixture.ANNA;
import static io.telesim.smpp.server.SmscFixture.BORIS;
import static io.telesim.smpp.server.SmscFixture.SMS_PRICE;
import static io.telesim.smpp.server.SmscFixture.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.TypeOfNumber;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.telesim.billing.TestCatalogs;
import io.telesim.engine.handset.InboxMessage;
import io.telesim.smpp.centre.CentreSettings;

/** The radio network's side of the SMS centre over SMPP: handsets' own SMS, paid for by their senders. */
class HandsetGatewayTest {

    private final SmscFixture fixture = new SmscFixture(TestCatalogs.standard(), CentreSettings.defaults(Map.of()),
            List.of(EsmeAccount.open("radio", "radiopw").withBinds(Set.of(BindType.BIND_TRX), 2).asHandsetGateway()));

    HandsetGatewayTest() throws Exception {
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void anSmsFromAHandsetIsChargedToItsSenderAndDeliveredFromItsNumber() throws Exception {
        SmscFixture.Client radio = fixture.bind("radio", "radiopw", BindType.BIND_TRX);

        Pdus.submit(radio.session, TypeOfNumber.INTERNATIONAL, Long.toString(ANNA), Long.toString(BORIS), Pdus.PLAIN, Pdus.GSM7,
                Pdus.ascii("See you at six"), "");

        await("the SMS in Boris's inbox", () -> !fixture.handsets.inbox(BORIS).isEmpty());
        InboxMessage received = fixture.handsets.inbox(BORIS).get(0);
        assertEquals(Long.toString(ANNA), received.sender());
        assertEquals("See you at six", received.text());
        assertEquals(10_000 - SMS_PRICE, fixture.balance(ANNA), "the sender pays");
        assertEquals(10_000, fixture.balance(BORIS));
    }

    @Test
    void aHandsetGatewayRefusesAMessageThatDoesNotComeFromASubscribersNumber() throws Exception {
        SmscFixture.Client radio = fixture.bind("radio", "radiopw", BindType.BIND_TRX);

        int status = Pdus.statusOf(() -> Pdus.submit(radio.session, "Shop", Long.toString(BORIS), Pdus.GSM7, Pdus.ascii("Sale")));

        assertEquals(SMPPConstant.STAT_ESME_RINVSRCADR, status);
        assertEquals(0, fixture.centre.stats().accepted());
    }

    @Test
    void aHandsetGatewayHasNoBillingAccount() {
        EsmeAccount charged = EsmeAccount.open("radio", "radiopw").withBillingAccount(ANNA);

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new EsmeAccount("radio", "radiopw", charged.bindTypes(), 2, List.of(), 0, ANNA, List.of(), true));

        assertEquals(true, refused.getMessage().contains("no billing account"), refused.getMessage());
    }
}
