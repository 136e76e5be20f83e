package io.telesim.simulator.web;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.telesim.billing.catalog.Catalog;
import io.telesim.engine.EngineSettings;
import io.telesim.engine.clock.EngineClock;
import io.telesim.engine.clock.SystemClock;
import io.telesim.engine.handset.InboxMessage;
import io.telesim.simulator.catalog.CatalogLoader;
import io.telesim.simulator.offline.Subscriber;
import io.telesim.simulator.serve.Operator;
import io.telesim.simulator.serve.OperatorConfig;
import io.telesim.simulator.serve.TestOperators;
import io.telesim.simulator.serve.WebConfig;
import io.telesim.smpp.server.EsmeAccount;

/**
 * An operator in memory with its web server on a free port, and subscribers 79161000001.. with 2,000 roubles
 * on the default tariff: for tests that talk to the web side over real HTTP.
 */
public final class WebFixture implements AutoCloseable {

    public static final String ADMIN_TOKEN = "test-admin-token-0123456789";
    public static final long FIRST = 79_161_000_001L;
    /** Enough that the part of the monthly fee charged at provisioning never blocks a subscriber, whatever the day. */
    public static final long OPENING_BALANCE = 200_000;

    /**
     * Dropped at close: test classes keep their fixture in a static field, and classes stay loaded for the whole
     * test run, so a closed operator (its engine's ring is large) must not stay reachable from here.
     */
    private Operator operator;

    private WebFixture(Operator operator) {
        this.operator = operator;
    }

    /** Starts the operator in memory with {@code subscribers} numbers from {@link #FIRST}. */
    public static WebFixture start(int subscribers) throws Exception {
        return start(subscribers, CatalogLoader.loadDefault(), null, new SystemClock());
    }

    /** As {@link #start(int)}, with {@code catalog} instead of the default one (for tests that need other policies). */
    public static WebFixture start(int subscribers, Catalog catalog) throws Exception {
        return start(subscribers, catalog, null, new SystemClock());
    }

    /**
     * Starts the operator on {@code dataDirectory} (null: in memory) with {@code subscribers} numbers from
     * {@link #FIRST}, connecting those not yet connected.
     */
    public static WebFixture start(int subscribers, Path dataDirectory) throws Exception {
        return start(subscribers, CatalogLoader.loadDefault(), dataDirectory, new SystemClock());
    }

    /**
     * Starts the operator on {@code clock} (a {@link io.telesim.engine.clock.ManualClock} for tests that move time),
     * keeping its files in {@code dataDirectory} (null for memory; the statement store needs a directory).
     */
    public static WebFixture start(int subscribers, Path dataDirectory, EngineClock clock) throws Exception {
        return start(subscribers, CatalogLoader.loadDefault(), dataDirectory, clock);
    }

    private static WebFixture start(int subscribers, Catalog catalog, Path dataDirectory, EngineClock clock) throws Exception {
        OperatorConfig config = TestOperators.inMemory(EsmeAccount.open("demo", "demo")).withDataDirectory(dataDirectory)
                .withCatalog(catalog).withWeb(new WebConfig(0, ADMIN_TOKEN, false))
                .withEngine(EngineSettings.defaults().withMaxAccounts(10_000).withIdempotencyWindow(65_536));
        Operator operator = Operator.start(config, clock);
        List<Subscriber> list = new ArrayList<>();
        for (int i = 0; i < subscribers; i++) {
            list.add(new Subscriber(FIRST + i, catalog.defaultTariff(), OPENING_BALANCE, i + 1));
        }
        operator.provision(list);
        return new WebFixture(operator);
    }

    public Operator operator() {
        return operator;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + operator.webPort();
    }

    /** A new client with its own cookies (a browser of its own). */
    public ApiClient client() {
        return new ApiClient(baseUrl());
    }

    /** A client logged in as {@code msisdn} with the one-time code from its inbox. */
    public ApiClient loggedIn(long msisdn) throws Exception {
        ApiClient client = client();
        client.login(msisdn, this);
        return client;
    }

    /** The newest SMS from {@code sender} in the inbox of {@code msisdn}, waiting up to 10 s for one newer than {@code afterId}. */
    public InboxMessage awaitSms(long msisdn, String sender, long afterId) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            for (InboxMessage message : operator.handsets().inbox(msisdn)) {
                if (message.sender().equals(sender) && message.id() > afterId) {
                    return message;
                }
            }
            Thread.sleep(10);
        }
        throw new AssertionError("no SMS from " + sender + " reached " + msisdn + " in 10 s");
    }

    /** The id of the newest message in the inbox of {@code msisdn}, or 0. */
    public long lastSmsId(long msisdn) {
        List<InboxMessage> inbox = operator.handsets().inbox(msisdn);
        return inbox.isEmpty() ? 0 : inbox.get(0).id();
    }

    @Override
    public void close() {
        if (operator != null) {
            operator.close();
            operator = null;
        }
    }
}
