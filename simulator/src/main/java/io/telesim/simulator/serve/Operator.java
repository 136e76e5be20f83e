package io.telesim.simulator.serve;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.telesim.billing.catalog.Catalog;
import io.telesim.billing.result.Outcome;
import io.telesim.engine.Command;
import io.telesim.engine.CommandType;
import io.telesim.engine.Engine;
import io.telesim.engine.EngineSettings;
import io.telesim.engine.ReplySnapshot;
import io.telesim.engine.clock.EngineClock;
import io.telesim.engine.clock.SystemClock;
import io.telesim.engine.handset.Handsets;
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
import io.telesim.ussd.gateway.UssdGateway;
import io.telesim.ussd.gateway.UssdSettings;
import io.telesim.ussd.route.UssdRouteConfig;
import io.telesim.ussd.route.UssdRoutes;

/**
 * The simulated operator as one process: the engine on its data directory (or in memory), the
 * handsets, the SMS centre with its SMPP server and message journal ({@code DATA/sms}), the link to
 * another network when configured, and the USSD gateway with the built-in services.
 */
public final class Operator implements AutoCloseable {

    private final Engine engine;
    private final Handsets handsets;
    private final SmsCentre centre;
    private final MessageJournal journal;
    private final ServiceSenders senders;
    private final NotificationSms notices;
    private final Smsc smsc;
    private final OtherNetworkLink otherNetwork;
    private final UssdGateway ussd;
    private final KeyValueStore webStore;
    private final WebServer web;

    private Operator(Engine engine, Handsets handsets, SmsCentre centre, MessageJournal journal, NotificationSms notices, Smsc smsc,
                     OtherNetworkLink otherNetwork, UssdGateway ussd, KeyValueStore webStore, WebServer web) {
        this.engine = engine;
        this.webStore = webStore;
        this.web = web;
        this.ussd = ussd;
        this.journal = journal;
        this.handsets = handsets;
        this.centre = centre;
        this.senders = new ServiceSenders(centre);
        this.notices = notices;
        this.smsc = smsc;
        this.otherNetwork = otherNetwork;
        notices.connect(senders);
    }

    /**
     * Starts the operator.
     *
     * @param dataDirectory where the engine keeps its files, or null to keep everything in memory
     */
    public static Operator start(Catalog catalog, Path dataDirectory, EngineSettings engineSettings, SmscConfig smscConfig)
            throws IOException {
        return start(catalog, dataDirectory, engineSettings, smscConfig, UssdSettings.defaults().withPort(0), Map.of());
    }

    /**
     * Starts the operator with its USSD gateway too.
     *
     * @param ussdApps third-party USSD applications by code or prefix, as {@link UssdRouteConfig} reads them
     */
    public static Operator start(Catalog catalog, Path dataDirectory, EngineSettings engineSettings, SmscConfig smscConfig,
                                 UssdSettings ussdSettings, Map<String, ?> ussdApps) throws IOException {
        return start(catalog, dataDirectory, engineSettings, smscConfig, ussdSettings, ussdApps, null);
    }

    /**
     * Starts the operator with its web server too (when {@code webSettings} is not null): the self-service
     * account, the admin API and the metrics, keeping the web side's state in {@code DATA/web}.
     */
    public static Operator start(Catalog catalog, Path dataDirectory, EngineSettings engineSettings, SmscConfig smscConfig,
                                 UssdSettings ussdSettings, Map<String, ?> ussdApps, WebSettings webSettings) throws IOException {
        return start(catalog, dataDirectory, engineSettings, smscConfig, ussdSettings, ussdApps, webSettings, new SystemClock());
    }

    /**
     * Starts the operator on {@code clock}: the engine's and the SMS centre's time. A {@link io.telesim.engine.clock.SimulatedClock}
     * lets the admin API move time forward and change its speed.
     */
    public static Operator start(Catalog catalog, Path dataDirectory, EngineSettings engineSettings, SmscConfig smscConfig,
                                 UssdSettings ussdSettings, Map<String, ?> ussdApps, WebSettings webSettings, EngineClock clock)
            throws IOException {
        NotificationSms notices = new NotificationSms();
        Engine engine = dataDirectory == null ? Engine.inMemory(catalog, clock, engineSettings, notices)
                : Engine.open(dataDirectory, catalog, clock, engineSettings, notices);
        Handsets handsets = new Handsets();
        SmscSettings smscSettings = new SmscSettings(smscConfig.host(), smscConfig.port(), smscConfig.esmes(), 8, 32, 3,
                java.time.Duration.ofSeconds(8), java.time.Duration.ofSeconds(10), java.time.Duration.ofSeconds(60));
        CentreSettings centreSettings = CentreSettings.defaults(smscSettings.shortNumbers())
                .withValidity(smscConfig.validity(), smscConfig.maxValidity()).withRetryIntervals(smscConfig.retryIntervals());
        MessageJournal journal = dataDirectory == null ? MessageJournal.NONE
                : ChronicleMessageJournal.open(dataDirectory.resolve("sms"), centreSettings.maxValidity());
        SmsCentre centre = new SmsCentre(engine, handsets, clock, centreSettings, journal);
        OtherNetworkLink link = smscConfig.outbound() == null ? null : new OtherNetworkLink(centre, smscConfig.outbound());
        Smsc smsc = Smsc.start(smscSettings, centre, catalog.calendar().zone());
        UssdGateway ussd = UssdGateway.start(ussdSettings, ussdRoutes(engine, ussdSettings, ussdApps), handsets);
        KeyValueStore webStore = null;
        WebServer web = null;
        if (webSettings != null) {
            webStore = dataDirectory == null ? new MemoryKeyValueStore() : RocksKeyValueStore.open(dataDirectory.resolve("web"));
            OperatorServices services = new OperatorServices(new EngineCalls(engine, new CommandIds(CommandIds.WEB)::next), handsets,
                    new ServiceSenders(centre), clock, System::currentTimeMillis, webStore, new MetricsSources(smsc, ussd));
            web = WebServer.start(webSettings, services);
        }
        return new Operator(engine, handsets, centre, journal, notices, smsc, link, ussd, webStore, web);
    }

    /** The built-in services by their codes, then the third-party applications the configuration names. */
    private static UssdRoutes ussdRoutes(Engine engine, UssdSettings settings, Map<String, ?> apps) {
        BuiltinServices builtins = new BuiltinServices(engine, new CommandIds(CommandIds.USSD)::next);
        UssdRoutes routes = new UssdRoutes();
        builtins.exactCodes().forEach(routes::exact);
        builtins.prefixes().forEach(routes::prefix);
        ThirdPartyApps thirdParty = new ThirdPartyApps(HttpClient.newHttpClient(), settings.appTimeout(), settings.networkCode());
        return new UssdRouteConfig(builtins.exactCodes(), thirdParty).load(apps, routes);
    }

    /** Connects the subscribers not yet connected; returns how many were new. */
    public int provision(List<Subscriber> subscribers) {
        int added = 0;
        for (Subscriber subscriber : subscribers) {
            ReplySnapshot reply = call(new Command().set(CommandType.PROVISION, 0, subscriber.msisdn()).item(subscriber.tariff())
                    .amount(subscriber.openingBalance()));
            if (reply.outcome() == Outcome.OK) {
                added++;
            } else if (reply.outcome() != Outcome.ALREADY_PROVISIONED) {
                throw new IllegalStateException("subscriber on line " + subscriber.line() + ": " + reply.outcome().reason());
            }
        }
        return added;
    }

    /** Warns of ESMEs whose traffic is charged to a number that is not a subscriber. */
    public void checkBillingAccounts(List<EsmeAccount> esmes, PrintWriter err) {
        for (EsmeAccount esme : esmes) {
            if (esme.charged() && call(new Command().set(CommandType.READ, 0, esme.billingAccount())).outcome() != Outcome.OK) {
                err.println("telesim: ESME " + esme.systemId() + " is charged to " + esme.billingAccount()
                        + ", which is not a subscriber: its submits will be refused until it is");
            }
        }
    }

    private ReplySnapshot call(Command command) {
        try {
            return engine.call(command).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the engine did not answer " + command, e);
        }
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

    public int smppPort() {
        return smsc.port();
    }

    public int ussdPort() {
        return ussd.port();
    }

    /** The web server's port, or -1 when it was not started. */
    public int webPort() {
        return web == null ? -1 : web.port();
    }

    @Override
    public void close() {
        if (web != null) {
            web.close();
            webStore.close();
        }
        ussd.close();
        if (otherNetwork != null) {
            otherNetwork.close();
        }
        smsc.close();
        journal.close();
        notices.close();
        engine.close();
    }
}
