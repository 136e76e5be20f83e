package io.telesim.simulator.serve;

import java.nio.file.Path;
import java.util.List;

import io.telesim.billing.catalog.Catalog;
import io.telesim.engine.EngineSettings;
import io.telesim.simulator.offline.Subscriber;

/**
 * Everything {@code ./telesim serve} runs, as {@link OperatorConfigLoader} reads it from the configuration file
 * (documented key by key in {@code config/telesim.example.yaml}) or takes its defaults, and the command line
 * then overrides.
 *
 * @param host            the address the USSD gateway and the web server listen on (the SMPP server listens on {@code smsc.host()},
 *                        the same unless {@code --smsc} named a file of its own)
 * @param dataDirectory   where the engine and the SMS centre keep their files; null to keep everything in memory
 * @param catalog         what the operator sells
 * @param subscribers     connected at start unless they already are, before the demo subscribers
 * @param demoSubscribers how many {@link DemoSubscribers} to connect at start (0 for none)
 * @param engine          the engine's sizes and journal fsync policy
 */
public record OperatorConfig(String host, Path dataDirectory, Catalog catalog, List<Subscriber> subscribers, int demoSubscribers,
                             SmscConfig smsc, UssdConfig ussd, WebConfig web, EngineSettings engine, ClockConfig clock) {

    public OperatorConfig {
        subscribers = List.copyOf(subscribers);
    }

    public boolean inMemory() {
        return dataDirectory == null;
    }

    /** @param directory the data directory, or null to keep everything in memory */
    public OperatorConfig withDataDirectory(Path directory) {
        return new OperatorConfig(host, directory, catalog, subscribers, demoSubscribers, smsc, ussd, web, engine, clock);
    }

    public OperatorConfig withCatalog(Catalog newCatalog) {
        return new OperatorConfig(host, dataDirectory, newCatalog, subscribers, demoSubscribers, smsc, ussd, web, engine, clock);
    }

    public OperatorConfig withSubscribers(List<Subscriber> listed, int demo) {
        return new OperatorConfig(host, dataDirectory, catalog, listed, demo, smsc, ussd, web, engine, clock);
    }

    public OperatorConfig withSmsc(SmscConfig newSmsc) {
        return new OperatorConfig(host, dataDirectory, catalog, subscribers, demoSubscribers, newSmsc, ussd, web, engine, clock);
    }

    public OperatorConfig withUssd(UssdConfig newUssd) {
        return new OperatorConfig(host, dataDirectory, catalog, subscribers, demoSubscribers, smsc, newUssd, web, engine, clock);
    }

    public OperatorConfig withWeb(WebConfig newWeb) {
        return new OperatorConfig(host, dataDirectory, catalog, subscribers, demoSubscribers, smsc, ussd, newWeb, engine, clock);
    }

    public OperatorConfig withEngine(EngineSettings newEngine) {
        return new OperatorConfig(host, dataDirectory, catalog, subscribers, demoSubscribers, smsc, ussd, web, newEngine, clock);
    }

    public OperatorConfig withClock(ClockConfig newClock) {
        return new OperatorConfig(host, dataDirectory, catalog, subscribers, demoSubscribers, smsc, ussd, web, engine, newClock);
    }
}
