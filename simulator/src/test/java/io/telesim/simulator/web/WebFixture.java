package io.telesim.simulator.web;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.telesim.billing.catalog.Catalog;
import io.telesim.engine.EngineSettings;
import io.telesim.engine.clock.EngineClock;
import io.telesim.engine.clock.SystemClock;
import io.telesim.engine.handset.InboxMessage;
import io.telesim.simulator.catalog.CatalogLoader;
import io.telesim.simulator.offline.Subscriber;
import io.telesim.simulator.serve.Operator;
import io.telesim.simulator.serve.SmscConfig;
import io.telesim.smpp.server.EsmeAccount;
import io.telesim.ussd.gateway.UssdSettings;

/**
 * An operator in memory with its web server on a free port, and subscribers 79161000001.. with 500 roubles
 * on the default tariff: for tests that talk to the web side over real HTTP.
 */
public final class WebFixture implements AutoCloseable {

    public static final String ADMIN_TOKEN = "test-admin-token-0123456789";
    public static final long FIRST = 79_161_000_001L;

    private final Operator operator;

    private WebFixture(Operator operator) {
        this.operator = operator;
    }

    /** Starts the operator with {@code subscribers} numbers from {@link #FIRST}. */
    public static WebFixture start(int subscribers) throws Exception {
        return start(subscribers, null, new SystemClock());
    }

    /**
     * Starts the operator on {@code clock} with {@code subscribers} numbers from {@link #FIRST}, keeping its files in
     * {@code dataDirectory} (statements need one), or in memory when it is null.
     */
    public static WebFixture start(int subscribers, Path dataDirectory, EngineClock clock) throws Exception {
        Catalog catalog = CatalogLoader.loadDefault();
        SmscConfig smsc = new SmscConfig("127.0.0.1", 0, List.of(EsmeAccount.open("demo", "demo")), null, Duration.ofHours(1),
                Duration.ofDays(1), List.of(Duration.ofSeconds(10)));
        Operator operator = Operator.start(catalog, dataDirectory, EngineSettings.defaults().withMaxAccounts(10_000), smsc,
                UssdSettings.defaults().withPort(0), Map.of(), WebSettings.defaults(ADMIN_TOKEN).withPort(0), clock);
        List<Subscriber> list = new ArrayList<>();
        for (int i = 0; i < subscribers; i++) {
            list.add(new Subscriber(FIRST + i, catalog.defaultTariff(), 50_000, i + 1));
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
        operator.close();
    }
}
