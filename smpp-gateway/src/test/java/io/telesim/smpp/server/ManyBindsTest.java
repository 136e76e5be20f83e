package io.telesim.smpp.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.jsmpp.bean.BindType;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.OptionalParameter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.telesim.billing.TestNumbers;
import io.telesim.billing.result.Outcome;
import io.telesim.engine.Command;
import io.telesim.engine.CommandType;

class ManyBindsTest {

    private static final int BINDS = 4;
    private static final int PER_BIND = 250;

    private final SmscFixture fixture = new SmscFixture();

    ManyBindsTest() throws Exception {
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aThousandMessagesFromFourBindsAreAllAccountedForAndChargedExactly() throws Exception {
        assertEquals(Outcome.OK, fixture.call(new Command().set(CommandType.TOP_UP, 77, SmscFixture.VERA).amount(500_000)).outcome());
        fixture.handsets.switchOff(SmscFixture.BORIS);
        List<SmscFixture.Client> clients = new ArrayList<>();
        clients.add(fixture.bind("bank", "secret", BindType.BIND_TRX));
        long onNetPrice = priceOfOneTo(clients.get(0), SmscFixture.ANNA);
        long otherNetworkPrice = priceOfOneTo(clients.get(0), TestNumbers.UNLISTED);
        assertEquals(0, otherNetworkPrice, "with no link to other networks their messages end undeliverable and are not charged");
        while (clients.size() < BINDS) {
            clients.add(fixture.bind("bank", "secret", BindType.BIND_TRX));
        }
        long finishedBefore = fixture.centre.stats().finished();
        long balanceBefore = fixture.balance(SmscFixture.VERA);
        Set<String> ids = ConcurrentHashMap.newKeySet();
        ExecutorService senders = Executors.newFixedThreadPool(BINDS);
        List<Future<?>> sending = new ArrayList<>();
        for (SmscFixture.Client client : clients) {
            sending.add(senders.submit(() -> {
                for (int i = 0; i < PER_BIND; i++) {
                    long to = destination(i);
                    ids.add(Pdus.submit(client.session, "Bank", Long.toString(to), Pdus.GSM7, Pdus.ascii("message " + i)));
                }
                return null;
            }));
        }
        for (Future<?> future : sending) {
            future.get(60, TimeUnit.SECONDS);
        }
        senders.shutdown();

        int submitted = BINDS * PER_BIND;
        int toBoris = BINDS * count(SmscFixture.BORIS);
        int toOtherNetwork = BINDS * count(TestNumbers.UNLISTED);
        int toAnna = BINDS * count(SmscFixture.ANNA);
        SmscFixture.await(() -> "every message but Boris's ended: " + fixture.centre.stats(), () -> fixture.centre.stats().finished() - finishedBefore == submitted - toBoris);
        Set<String> receipted = ConcurrentHashMap.newKeySet();
        for (SmscFixture.Client client : clients) {
            for (DeliverSm receipt = client.received.poll(); receipt != null; receipt = client.received.poll(1, TimeUnit.SECONDS)) {
                receipted.add(((OptionalParameter.COctetString) receipt.getOptionalParameter(OptionalParameter.Tag.RECEIPTED_MESSAGE_ID))
                        .getValueAsString());
            }
        }

        assertEquals(submitted, ids.size(), "every submit got its own id");
        assertEquals(submitted - toBoris, receipted.size(), "a receipt for each ended message, once");
        assertEquals(1 + toAnna, fixture.centre.stats().delivered());
        assertEquals(1 + toOtherNetwork, fixture.centre.stats().undeliverable(), "other networks' numbers with no outbound link");
        assertEquals(toBoris, fixture.centre.stats().pending());
        long charged = (toAnna + toBoris) * onNetPrice + toOtherNetwork * otherNetworkPrice;
        assertEquals(balanceBefore - charged, fixture.balance(SmscFixture.VERA), "every message charged once, at its destination's price");
    }

    /** A quarter of the messages go to Boris, whose handset is off, a quarter to another network, the rest to Anna. */
    private static long destination(int i) {
        return i % 4 == 0 ? SmscFixture.BORIS : (i % 4 == 1 ? TestNumbers.UNLISTED : SmscFixture.ANNA);
    }

    private static int count(long msisdn) {
        int count = 0;
        for (int i = 0; i < PER_BIND; i++) {
            count += destination(i) == msisdn ? 1 : 0;
        }
        return count;
    }

    /** What one message to {@code msisdn} costs the bank, measured by sending one. */
    private long priceOfOneTo(SmscFixture.Client client, long msisdn) throws Exception {
        long before = fixture.balance(SmscFixture.VERA);
        Pdus.submit(client.session, "Bank", Long.toString(msisdn), Pdus.GSM7, Pdus.ascii("price check"));
        client.next();
        return before - fixture.balance(SmscFixture.VERA);
    }
}
