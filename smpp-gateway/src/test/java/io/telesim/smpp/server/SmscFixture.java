package io.telesim.smpp.server;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.jsmpp.bean.AlertNotification;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.MessageReceiverListener;
import org.jsmpp.session.SMPPSession;
import org.jsmpp.session.Session;

import io.telesim.billing.TestCatalogs;
import io.telesim.billing.TestNumbers;
import io.telesim.billing.TestTimes;
import io.telesim.billing.catalog.Catalog;
import io.telesim.engine.Command;
import io.telesim.engine.CommandType;
import io.telesim.engine.Engine;
import io.telesim.engine.EngineSettings;
import io.telesim.engine.NotificationSink;
import io.telesim.engine.ReplySnapshot;
import io.telesim.engine.clock.ManualClock;
import io.telesim.engine.handset.Handsets;
import io.telesim.smpp.centre.CentreSettings;
import io.telesim.smpp.centre.ServiceSenders;
import io.telesim.smpp.centre.SmsCentre;

/**
 * A running SMS centre on a free loopback port, over an in-memory engine on the test catalog, with a
 * clock the test moves, and jSMPP clients to bind to it. Subscribers: Anna and Boris on {@code go}
 * (1.50 ₽ an SMS on our network) with 100 ₽ each; Vera, the bank's billing account, with 1,000 ₽.
 * ESMEs: {@code bank} (charged to Vera, sends as {@code Bank}), {@code shop} (free, 5 messages a second),
 * {@code quiz} (serves short number 4444, receives only).
 */
final class SmscFixture implements AutoCloseable {

    static final long ANNA = TestNumbers.ANNA;
    static final long BORIS = TestNumbers.BORIS;
    static final long VERA = TestNumbers.VERA;
    static final long SMS_PRICE = 150;

    final Catalog catalog;
    final ManualClock clock = new ManualClock(TestTimes.MID_MARCH);
    final Handsets handsets = new Handsets();
    final Engine engine;
    final SmsCentre centre;
    final ServiceSenders senders;
    final Smsc smsc;
    private final List<SMPPSession> clients = new ArrayList<>();
    private long nextCommand = 1;

    SmscFixture() throws IOException {
        this(CentreSettings.defaults(java.util.Map.of()));
    }

    SmscFixture(CentreSettings centreSettings) throws IOException {
        this(TestCatalogs.standard(), centreSettings, List.of());
    }

    /** A centre on {@code catalog}, with {@code moreAccounts} besides the three ESMEs every fixture has. */
    SmscFixture(Catalog catalog, CentreSettings centreSettings, List<EsmeAccount> moreAccounts) throws IOException {
        this(catalog, centreSettings, moreAccounts, null);
    }

    /** The same, probing an ESME silent for {@code idleTimeout} with enquire_link (null: the server's default). */
    SmscFixture(Catalog catalog, CentreSettings centreSettings, List<EsmeAccount> moreAccounts, Duration idleTimeout) throws IOException {
        this.catalog = catalog;
        // A ring with room for more than one connection's unanswered submits (PendingReplies.MAX_PENDING, 1,024) and
        // the centre's own commands besides: at 1,024 a pipelining ESME could fill it and be answered ESME_RMSGQFUL.
        this.engine = Engine.inMemory(catalog, clock, EngineSettings.defaults().withMaxAccounts(10_000).withRingSize(4096),
                NotificationSink.NONE);
        List<EsmeAccount> accounts = new ArrayList<>(List.of(
                EsmeAccount.open("bank", "secret").withBillingAccount(VERA).withAllowedSources(List.of("Bank", "900")),
                EsmeAccount.open("shop", "shoppw").withMaxPerSecond(5),
                EsmeAccount.open("quiz", "quizpw").withBinds(Set.of(BindType.BIND_RX, BindType.BIND_TX), 2).withShortNumbers(List.of("4444"))));
        accounts.addAll(moreAccounts);
        SmscSettings defaults = SmscSettings.defaults(accounts).withPort(0).withBindFailures(2, Duration.ofSeconds(1));
        SmscSettings settings = idleTimeout == null ? defaults : defaults.withIdleTimeout(idleTimeout);
        CentreSettings withRoutes = new CentreSettings(centreSettings.defaultValidity(), centreSettings.maxValidity(),
                centreSettings.retryIntervals(), centreSettings.maxPending(), centreSettings.retainFinished(),
                centreSettings.concatTimeout(), settings.shortNumbers());
        this.centre = new SmsCentre(engine, handsets, clock, withRoutes);
        this.senders = new ServiceSenders(centre);
        this.smsc = Smsc.start(settings, centre, TestCatalogs.MOSCOW);
        if (catalog.numbering().isOnNet(ANNA)) {
            provision(ANNA, 10_000);
            provision(BORIS, 10_000);
            provision(VERA, 100_000);
        }
    }

    void provision(long msisdn, long balance) {
        call(new Command().set(CommandType.PROVISION, nextCommand++, msisdn).item(catalog.tariffIndex("go")).amount(balance));
    }

    ReplySnapshot call(Command command) {
        try {
            return engine.call(command).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("no reply to " + command, e);
        }
    }

    long balance(long msisdn) {
        return call(new Command().set(CommandType.READ, 0, msisdn)).balance();
    }

    /** A jSMPP client bound to the SMSC; what it receives as deliver_sm lands in {@code received}. */
    Client bind(String systemId, String password, BindType type) throws IOException {
        SMPPSession session = new SMPPSession();
        Client client = new Client(session);
        session.setMessageReceiverListener(client);
        session.connectAndBind("127.0.0.1", smsc.port(), new BindParameter(type, systemId, password, "", TypeOfNumber.UNKNOWN,
                NumberingPlanIndicator.UNKNOWN, null));
        clients.add(session);
        return client;
    }

    /** Waits up to ten seconds for {@code condition}. */
    static void await(String what, BooleanSupplier condition) throws InterruptedException {
        await(() -> what, condition);
    }

    /** Waits up to ten seconds for {@code condition}; the failure says {@code what} as it is then. */
    static void await(java.util.function.Supplier<String> what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what.get());
            }
            Thread.sleep(5);
        }
    }

    @Override
    public void close() {
        for (SMPPSession client : clients) {
            client.unbindAndClose();
        }
        smsc.close();
        engine.close();
    }

    /** A bound client and the deliver_sm it got. */
    static final class Client implements MessageReceiverListener {
        final SMPPSession session;
        final BlockingQueue<DeliverSm> received = new LinkedBlockingQueue<>();

        Client(SMPPSession session) {
            this.session = session;
        }

        DeliverSm next() throws InterruptedException {
            DeliverSm pdu = received.poll(10, TimeUnit.SECONDS);
            if (pdu == null) {
                throw new AssertionError("no deliver_sm arrived");
            }
            return pdu;
        }

        @Override
        public void onAcceptDeliverSm(DeliverSm deliverSm) {
            received.add(deliverSm);
        }

        @Override
        public void onAcceptAlertNotification(AlertNotification alertNotification) {
        }

        @Override
        public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) {
            return null;
        }
    }
}
