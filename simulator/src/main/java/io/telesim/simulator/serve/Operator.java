package io.telesim.simulator.serve;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.http.HttpClient;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.telesim.billing.catalog.Catalog;
import io.telesim.billing.number.Msisdn;
import io.telesim.billing.result.Outcome;
import io.telesim.engine.Command;
import io.telesim.engine.CommandType;
import io.telesim.engine.Engine;
import io.telesim.engine.EngineView;
import io.telesim.engine.NotificationFanOut;
import io.telesim.engine.NotificationSink;
import io.telesim.engine.ReplySnapshot;
import io.telesim.engine.clock.EngineClock;
import io.telesim.engine.clock.SimulatedClock;
import io.telesim.engine.handset.Handsets;
import io.telesim.simulator.business.BusinessBook;
import io.telesim.simulator.business.DemoCompany;
import io.telesim.simulator.input.BadInputException;
import io.telesim.simulator.offline.Subscriber;
import io.telesim.simulator.web.OperatorServices;
import io.telesim.simulator.web.WebServer;
import io.telesim.simulator.web.WebSettings;
import io.telesim.simulator.web.http.EngineCalls;
import io.telesim.simulator.web.metrics.MetricsSources;
import io.telesim.simulator.web.store.KeyValueStore;
import io.telesim.simulator.web.store.MemoryKeyValueStore;
import io.telesim.simulator.web.store.RocksKeyValueStore;
import io.telesim.smpp.centre.CentreSettings;
import io.telesim.smpp.centre.ChronicleMessageJournal;
import io.telesim.smpp.centre.MessageJournal;
import io.telesim.smpp.centre.NotificationSms;
import io.telesim.smpp.centre.OtherNetworkLink;
import io.telesim.smpp.centre.ServiceSenders;
import io.telesim.smpp.centre.SmsCentre;
import io.telesim.smpp.server.EsmeAccount;
import io.telesim.smpp.server.Smsc;
import io.telesim.smpp.server.SmscSettings;
import io.telesim.ussd.apps.ThirdPartyApps;
import io.telesim.ussd.builtin.BuiltinServices;
import io.telesim.ussd.gateway.SimCheck;
import io.telesim.ussd.gateway.UssdGateway;
import io.telesim.ussd.gateway.UssdSettings;
import io.telesim.ussd.route.UssdRouteConfig;
import io.telesim.ussd.route.UssdRoutes;

/**
 * The simulated operator as one process, as an {@link OperatorConfig} describes it: the engine on its data
 * directory (or in memory) and clock, the handsets, the SMS centre with its SMPP server and message journal
 * ({@code DATA/sms}), the link to another network when configured, the USSD gateway with the built-in
 * services, and the web server (the self-service account, the admin API and the metrics; its own state in
 * {@code DATA/web}). Closing it stops the servers first (SMPP sessions are unbound), then drains the engine.
 */
public final class Operator implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Operator.class);
    /** Provisioning commands in flight at once: far below the ring's size, so it never answers BUSY. */
    private static final int PROVISION_BATCH = 1_024;

    private final OperatorConfig config;
    private final EngineClock clock;
    private final Engine engine;
    private final Handsets handsets;
    private final SmsCentre centre;
    private final ServiceSenders senders;
    private final Smsc smsc;
    private final UssdGateway ussd;
    private final KeyValueStore webStore;
    private final WebServer web;
    /** Everything to close, the last opened first: the servers, then the journals and the engine. */
    private final Deque<AutoCloseable> opened;
    private ProvisionedSubscribers provisioned;
    private DemoCompany.Made demoCompany;

    private Operator(OperatorConfig config, EngineClock clock, Engine engine, Handsets handsets, SmsCentre centre, ServiceSenders senders,
                     Smsc smsc, UssdGateway ussd, KeyValueStore webStore, WebServer web, Deque<AutoCloseable> opened) {
        this.config = config;
        this.clock = clock;
        this.engine = engine;
        this.handsets = handsets;
        this.centre = centre;
        this.senders = senders;
        this.smsc = smsc;
        this.ussd = ussd;
        this.webStore = webStore;
        this.web = web;
        this.opened = opened;
    }

    /**
     * Starts the operator and connects its subscribers (the listed ones, then the demo ones) unless they already are.
     *
     * @throws BadInputException in one line when the data directory cannot be used or a port cannot be listened on
     */
    public static Operator start(OperatorConfig config) throws IOException {
        return start(config, config.clock().newClock());
    }

    /** As {@link #start(OperatorConfig)}, on {@code clock} instead of the configured one (tests that move time by hand). */
    public static Operator start(OperatorConfig config, EngineClock clock) throws IOException {
        Catalog catalog = config.catalog();
        List<Subscriber> demo = DemoSubscribers.of(config.demoSubscribers(), catalog);
        if (!config.inMemory()) {
            DataDirectory.prepare(config.dataDirectory());
        }
        Deque<AutoCloseable> opened = new ArrayDeque<>();
        try {
            NotificationSms notices = new NotificationSms();
            NotificationFanOut notifications = new NotificationFanOut();
            notifications.add(notices);
            Engine engine = openEngine(config, clock, notifications);
            opened.push(engine);
            opened.push(notices);
            catchUp(clock, engine);
            Handsets handsets = new Handsets();
            SmscConfig smscConfig = config.smsc();
            SmscSettings smscSettings = SmscSettings.defaults(smscConfig.esmes()).withHost(smscConfig.host()).withPort(smscConfig.port());
            CentreSettings centreSettings = CentreSettings.defaults(smscSettings.shortNumbers())
                    .withValidity(smscConfig.validity(), smscConfig.maxValidity()).withRetryIntervals(smscConfig.retryIntervals());
            MessageJournal journal = config.inMemory() ? MessageJournal.NONE
                    : ChronicleMessageJournal.open(config.dataDirectory().resolve("sms"), centreSettings.maxValidity());
            opened.push(journal);
            SmsCentre centre = new SmsCentre(engine, handsets, clock, centreSettings, journal);
            if (smscConfig.outbound() != null) {
                opened.push(new OtherNetworkLink(centre, smscConfig.outbound()));
            }
            Smsc smsc = listen("SMPP", smscConfig.host(), smscConfig.port(), () -> Smsc.start(smscSettings, centre, catalog.calendar().zone()));
            opened.push(smsc);
            UssdSettings ussdSettings = UssdSettings.defaults().withHost(config.host()).withPort(config.ussd().port());
            UssdRoutes routes = ussdRoutes(engine, ussdSettings, config.ussd().apps());
            // Handsets that name their SIM card are checked against the engine's: a replaced card gets no session.
            UssdGateway ussd = listen("USSD", config.host(), config.ussd().port(),
                    () -> UssdGateway.start(ussdSettings, routes, handsets, SimCheck.of(engine)));
            opened.push(ussd);
            ServiceSenders senders = new ServiceSenders(centre);
            notices.connect(senders);
            KeyValueStore webStore = config.inMemory() ? new MemoryKeyValueStore()
                    : RocksKeyValueStore.open(config.dataDirectory().resolve("web"));
            opened.push(webStore);
            // Before the web server starts, so nothing else writes corporate records meanwhile.
            DemoCompany.Made demoCompany = demo.size() < DemoCompany.NUMBERS ? null : DemoCompany.ensure(new BusinessBook(webStore),
                    DemoSubscribers.number(demo.size() - DemoCompany.NUMBERS + 1), clock.now()).orElse(null);
            OperatorServices services = new OperatorServices(new EngineCalls(engine, new CommandIds(CommandIds.WEB)::next), handsets,
                    senders, clock, System::currentTimeMillis, webStore, new MetricsSources(smsc, ussd), notifications);
            WebSettings webSettings = new WebSettings(config.host(), config.web().port(), config.web().adminToken(), WebSettings.MAX_BODY_BYTES);
            WebServer web = listen("web", config.host(), config.web().port(), () -> WebServer.start(webSettings, services));
            opened.push(web);
            Operator operator = new Operator(config, clock, engine, handsets, centre, senders, smsc, ussd, webStore, web, opened);
            operator.demoCompany = demoCompany;
            operator.provisioned = new ProvisionedSubscribers(config.subscribers().size(), operator.provision(config.subscribers()),
                    demo.size(), operator.provision(demo));
            return operator;
        } catch (IOException | RuntimeException | Error e) {
            closeAll(opened);
            throw e;
        }
    }

    private static Engine openEngine(OperatorConfig config, EngineClock clock, NotificationSink notices) throws IOException {
        if (config.inMemory()) {
            return Engine.inMemory(config.catalog(), clock, config.engine(), notices);
        }
        try {
            return Engine.open(config.dataDirectory(), config.catalog(), clock, config.engine(), notices);
        } catch (IllegalStateException | IOException e) {
            // The journal's lock (another telesim, or this one, has the directory open), or files the engine
            // refuses with their reason: a damaged or older state file, a live-state directory too small.
            throw DataDirectory.unusable(config.dataDirectory(), e.getMessage());
        }
    }

    /**
     * Moves a simulated clock forward to the engine's time when the data directory is already past it, so that a
     * second run of a simulated operator carries on from where the first one's time stopped.
     */
    private static void catchUp(EngineClock clock, Engine engine) {
        if (clock instanceof SimulatedClock simulated) {
            long behind = await(engine.query(EngineView::now), "reading the engine's time") - simulated.now();
            if (behind > 0) {
                simulated.advance(behind);
            }
        }
    }

    /** A server's start, whose failure to bind its port is told in one line naming the port and the server. */
    private interface ServerStart<T> {
        T start() throws IOException;
    }

    private static <T> T listen(String server, String host, int port, ServerStart<T> start) throws IOException {
        try {
            return start.start();
        } catch (IOException | RuntimeException e) {
            // Netty throws the bind's own exception, undeclared; jSMPP's server socket an IOException.
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof BindException bind) {
                    throw new BadInputException("telesim: cannot listen on " + host + ":" + port + " (" + server + "): "
                            + DataDirectory.lowerFirst(String.valueOf(bind.getMessage())));
                }
            }
            throw e;
        }
    }

    /** The built-in services by their codes, then the third-party applications the configuration names. */
    private static UssdRoutes ussdRoutes(Engine engine, UssdSettings settings, Map<String, ?> apps) {
        BuiltinServices builtins = new BuiltinServices(engine, new CommandIds(CommandIds.USSD)::next);
        UssdRoutes routes = new UssdRoutes();
        builtins.exactCodes().forEach(routes::exact);
        builtins.prefixes().forEach(routes::prefix);
        ThirdPartyApps thirdParty = new ThirdPartyApps(HttpClient.newHttpClient(), settings.appTimeout(), settings.networkCode());
        try {
            return new UssdRouteConfig(builtins.exactCodes(), thirdParty).load(apps, routes);
        } catch (IllegalArgumentException e) {
            // A route that clashes with a built-in one; the entries themselves were checked as the configuration was read.
            throw new BadInputException("telesim: " + e.getMessage());
        }
    }

    /** Connects the subscribers not yet connected; returns how many were new. */
    public int provision(List<Subscriber> subscribers) {
        int added = 0;
        for (int from = 0; from < subscribers.size(); from += PROVISION_BATCH) {
            List<Subscriber> batch = subscribers.subList(from, Math.min(subscribers.size(), from + PROVISION_BATCH));
            List<CompletableFuture<ReplySnapshot>> replies = new ArrayList<>(batch.size());
            for (Subscriber subscriber : batch) {
                replies.add(engine.call(new Command().set(CommandType.PROVISION, 0, subscriber.msisdn()).item(subscriber.tariff())
                        .amount(subscriber.openingBalance())));
            }
            for (int i = 0; i < batch.size(); i++) {
                Outcome outcome = await(replies.get(i), "connecting " + new Msisdn(batch.get(i).msisdn()).formatted()).outcome();
                if (outcome == Outcome.OK) {
                    added++;
                } else if (outcome != Outcome.ALREADY_PROVISIONED) {
                    throw new IllegalStateException("cannot connect " + new Msisdn(batch.get(i).msisdn()).formatted() + ": " + outcome.reason());
                }
            }
        }
        return added;
    }

    /** Warns of ESMEs whose traffic is charged to a number that is not a subscriber. */
    public void checkBillingAccounts(List<EsmeAccount> esmes, PrintWriter err) {
        for (EsmeAccount esme : esmes) {
            if (esme.charged() && await(engine.read(esme.billingAccount()), "reading " + esme.billingAccount()).outcome() != Outcome.OK) {
                err.println("telesim: ESME " + esme.systemId() + " is charged to " + esme.billingAccount()
                        + ", which is not a subscriber: its submits will be refused until it is");
            }
        }
    }

    private static <T> T await(CompletableFuture<T> reply, String what) {
        try {
            return reply.get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + what, e);
        } catch (Exception e) {
            throw new IllegalStateException("the engine did not answer " + what, e);
        }
    }

    public OperatorConfig config() {
        return config;
    }

    public Catalog catalog() {
        return config.catalog();
    }

    /** The engine's clock: a {@link SimulatedClock} (whose speed may be changed) when the configuration asks for simulated time. */
    public EngineClock clock() {
        return clock;
    }

    public Engine engine() {
        return engine;
    }

    public Handsets handsets() {
        return handsets;
    }

    public SmsCentre centre() {
        return centre;
    }

    public ServiceSenders senders() {
        return senders;
    }

    /** The demo company made (or found) at start, or null when the operator has fewer than 100 demo subscribers. */
    public DemoCompany.Made demoCompany() {
        return demoCompany;
    }

    /** The subscribers connected at start. */
    public ProvisionedSubscribers provisioned() {
        return provisioned;
    }

    public int smppPort() {
        return smsc.port();
    }

    public int ussdPort() {
        return ussd.port();
    }

    public WebServer web() {
        return web;
    }

    /** The web side's own state (web accounts, payments, outbox, requests). */
    public KeyValueStore webStore() {
        return webStore;
    }

    public int webPort() {
        return web.port();
    }

    /** Stops the servers (unbinding the ESMEs' sessions), the SMS centre and its journal, then drains and closes the engine. */
    @Override
    public void close() {
        closeAll(opened);
    }

    private static void closeAll(Deque<AutoCloseable> opened) {
        while (!opened.isEmpty()) {
            AutoCloseable part = opened.pop();
            try {
                part.close();
            } catch (Exception e) {
                LOG.warn("closing {} failed", part, e);
            }
        }
    }
}
