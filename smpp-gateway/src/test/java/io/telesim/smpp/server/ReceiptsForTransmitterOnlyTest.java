package io.telesim.smpp.server;

import static io.telesim.smpp.server.SmscFixture.ANNA;
import static io.telesim.smpp.server.SmscFixture.BORIS;
import static io.telesim.smpp.server.SmscFixture.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jsmpp.bean.BindType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ReceiptsForTransmitterOnlyTest {

    private final SmscFixture fixture = new SmscFixture();

    ReceiptsForTransmitterOnlyTest() throws Exception {
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void receiptsForAnEsmeBoundToTransmitOnlyWaitAndGoOutWhenItBindsToReceive() throws Exception {
        SmscFixture.Client transmitter = fixture.bind("bank", "secret", BindType.BIND_TX);
        String toAnna = Pdus.submit(transmitter.session, "Bank", Long.toString(ANNA), Pdus.GSM7, Pdus.ascii("Card blocked"));
        String toBoris = Pdus.submit(transmitter.session, "Bank", Long.toString(BORIS), Pdus.GSM7, Pdus.ascii("Card unblocked"));
        await("both receipts issued", () -> fixture.centre.stats().receipts() == 2);

        SmscFixture.Client receiver = fixture.bind("bank", "secret", BindType.BIND_RX);

        Set<String> receipted = Stream.of(receiver.next(), receiver.next()).map(Pdus::receiptedId).collect(Collectors.toSet());
        assertEquals(Set.of(toAnna, toBoris), receipted);
        assertEquals(0, transmitter.received.size());
    }

    @Test
    void receiptsThatEndWhileTheEsmeIsUnboundWaitForItsNextReceivingBind() throws Exception {
        SmscFixture.Client first = fixture.bind("bank", "secret", BindType.BIND_TRX);
        fixture.handsets.switchOff(BORIS);
        String id = Pdus.submit(first.session, "Bank", Long.toString(BORIS), Pdus.GSM7, Pdus.ascii("Come back soon"));
        await("a failed attempt", () -> fixture.centre.find(id).attempts() >= 1);
        first.session.unbindAndClose();
        await("the bind closed", () -> fixture.smsc.boundSessions() == 0);

        fixture.handsets.switchOn(BORIS);
        await("the receipt issued", () -> fixture.centre.stats().receipts() == 1);
        SmscFixture.Client again = fixture.bind("bank", "secret", BindType.BIND_TRX);

        assertEquals(id, Pdus.receiptedId(again.next()));
        assertEquals(0, first.received.size());
    }
}
