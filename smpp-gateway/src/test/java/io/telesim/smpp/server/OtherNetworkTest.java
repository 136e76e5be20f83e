package io.telesim.smpp.server;

import static io.telesim.smpp.server.SmscFixture.ANNA;
import static io.telesim.smpp.server.SmscFixture.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsmpp.bean.BindType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.telesim.billing.TestCatalogs;
import io.telesim.billing.TestNumbers;
import io.telesim.billing.catalog.Catalog;
import io.telesim.billing.number.NumberRange;
import io.telesim.billing.number.NumberingPlan;
import io.telesim.smpp.centre.CentreSettings;
import io.telesim.smpp.centre.OtherNetworkLink;
import io.telesim.smpp.client.LinkState;
import io.telesim.smpp.client.OutboundSettings;

/**
 * Two Telesim operators side by side: ours (+7 916 ...) and "Beeline" (+7 903 ...), each with an SMSC,
 * each bound to the other's as an ESME through the outbound client, as peering operators are.
 */
class OtherNetworkTest {

    private static final long BEELINE_SUBSCRIBER = TestNumbers.MOSCOW_OTHER;

    private final SmscFixture ours = new SmscFixture(TestCatalogs.standard(), CentreSettings.defaults(Map.of()),
            List.of(EsmeAccount.open("beeline", "peerpw")));
    private final SmscFixture beeline = new SmscFixture(beelineCatalog(), CentreSettings.defaults(Map.of()),
            List.of(EsmeAccount.open("telesim", "peerpw")));
    private final OtherNetworkLink toBeeline;
    private final OtherNetworkLink toUs;

    OtherNetworkTest() throws Exception {
        beeline.provision(BEELINE_SUBSCRIBER, 10_000);
        toBeeline = new OtherNetworkLink(ours.centre, OutboundSettings.defaults("127.0.0.1", beeline.smsc.port(), "telesim", "peerpw")
                .withBindType(BindType.BIND_TRX));
        toUs = new OtherNetworkLink(beeline.centre, OutboundSettings.defaults("127.0.0.1", ours.smsc.port(), "beeline", "peerpw")
                .withBindType(BindType.BIND_TRX));
        await("both links bound", () -> toBeeline.client().linkState() == LinkState.BOUND && toUs.client().linkState() == LinkState.BOUND);
    }

    @AfterEach
    void close() {
        toBeeline.close();
        toUs.close();
        ours.close();
        beeline.close();
    }

    @Test
    void anEsmesMessageToAnotherNetworkIsDeliveredThereAndItsReceiptComesBack() throws Exception {
        SmscFixture.Client bank = ours.bind("bank", "secret", BindType.BIND_TRX);

        String id = Pdus.submit(bank.session, "Bank", Long.toString(BEELINE_SUBSCRIBER), Pdus.GSM7, Pdus.ascii("Your code 4711"));

        assertEquals("DELIVRD", SubmitAndDeliveryTest.receiptState(bank.next()));
        assertEquals(org.jsmpp.bean.MessageState.DELIVERED, ours.centre.find(id).state());
        assertEquals("Your code 4711", beeline.handsets.inbox(BEELINE_SUBSCRIBER).get(0).text());
        assertEquals("Bank", beeline.handsets.inbox(BEELINE_SUBSCRIBER).get(0).sender());
    }

    @Test
    void aSubscriberOfTheOtherNetworkTextsOursThroughThePeering() throws Exception {
        beeline.senders.sendFromHandset(BEELINE_SUBSCRIBER, "+7 916 000-00-01", "Hi Anna, it's Beeline calling");

        await("the SMS reached Anna", () -> !ours.handsets.inbox(ANNA).isEmpty());
        assertEquals("Hi Anna, it's Beeline calling", ours.handsets.inbox(ANNA).get(0).text());
        assertEquals(Long.toString(BEELINE_SUBSCRIBER), ours.handsets.inbox(ANNA).get(0).sender());
        await("Beeline's message ended", () -> beeline.centre.stats().delivered() == 1);
    }

    @Test
    void aMessageTheOtherNetworkCannotDeliverEndsUndeliverableHere() throws Exception {
        SmscFixture.Client bank = ours.bind("bank", "secret", BindType.BIND_TRX);

        Pdus.submit(bank.session, "Bank", "79030000999", Pdus.GSM7, Pdus.ascii("nobody there"));

        assertEquals("UNDELIV", SubmitAndDeliveryTest.receiptState(bank.next()), "Beeline refuses a number it does not serve");
    }

    /** The test numbering plan seen from Beeline: +7 903 is theirs, our +7 916 is another operator's. */
    private static Catalog beelineCatalog() {
        Catalog standard = TestCatalogs.standard();
        NumberingPlan plan = TestCatalogs.numberingPlan();
        List<NumberRange> ranges = plan.ranges().stream().map(range -> switch (range.operator()) {
            case "Beeline" -> new NumberRange(range.from(), range.to(), "Beeline", NumberRange.Kind.OUR_NETWORK, range.region());
            case "Telesim" -> new NumberRange(range.from(), range.to(), "Telesim", NumberRange.Kind.OTHER_OPERATOR, range.region());
            default -> range;
        }).toList();
        return new Catalog("beeline", standard.calendar(), new NumberingPlan(plan.regions(), ranges, Set.copyOf(plan.freeShortNumbers())),
                standard.tariffs(), standard.services(), standard.addOns(), standard.policies(),
                standard.tariff(standard.defaultTariff()).id());
    }
}
