package io.telesim.simulator.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import io.telesim.billing.catalog.Catalog;
import io.telesim.engine.EngineSettings;
import io.telesim.simulator.input.BadInputException;
import io.telesim.simulator.offline.Subscriber;
import io.telesim.simulator.offline.SubscriberFile;
import io.telesim.simulator.serve.Operator;
import io.telesim.simulator.serve.SmscConfig;
import io.telesim.simulator.serve.SmscConfigLoader;
import io.telesim.simulator.serve.UssdAppsFile;
import io.telesim.ussd.gateway.UssdSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code telesim serve}: runs the operator until stopped (Ctrl-C or SIGTERM). */
@Command(name = "serve", sortOptions = false, mixinStandardHelpOptions = true,
        header = "Run the operator: the rating engine, the SMS centre (SMPP) and the USSD gateway.",
        description = {"Runs the simulated operator until Ctrl-C: the rating engine with its journal in the data",
                "directory, the SMS centre that ESMEs bind to over SMPP 3.4 (127.0.0.1:2775 by default), and the",
                "USSD gateway that handsets dial codes on (127.0.0.1:8090 by default).",
                "Subscribers from --subscribers are connected at start unless they already are."})
public final class ServeCommand implements Callable<Integer> {

    @Mixin
    private CatalogOption catalogOption;

    @Option(names = "--subscribers", paramLabel = "S.csv", description = "Subscribers to connect at start (msisdn,tariff,balance_rub).")
    private Path subscribersFile;

    @Option(names = "--smsc", paramLabel = "FILE", description = "SMS centre configuration (YAML): ESMEs, port, outbound link. "
            + "Default: the built-in one with ESMEs demo/demo and bank/bank1234.")
    private Path smscFile;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data", description = "Where the engine keeps its files (default: ${DEFAULT-VALUE}).")
    private Path dataDirectory;

    @Option(names = "--in-memory", description = "Keep everything in memory: nothing is written and nothing survives a restart.")
    private boolean inMemory;

    @Option(names = "--smpp-port", paramLabel = "PORT", description = "SMPP port, overriding the configuration (0 picks a free one).")
    private Integer smppPort;

    @Option(names = "--ussd-port", paramLabel = "PORT", defaultValue = "8090",
            description = "USSD gateway port for handsets (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    private int ussdPort;

    @Option(names = "--ussd-apps", paramLabel = "FILE", description = "Third-party USSD applications (YAML): code or prefix -> "
            + "{url: http://127.0.0.1:PORT/..., notify: ...}, e.g. \"*123#\": {url: http://127.0.0.1:9000/ussd}.")
    private Path ussdAppsFile;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Catalog catalog = catalogOption.load();
        SmscConfig smsc = smscFile == null ? SmscConfigLoader.loadDefault() : SmscConfigLoader.load(smscFile);
        if (smppPort != null) {
            smsc = new SmscConfig(smsc.host(), smppPort, smsc.esmes(), smsc.outbound(), smsc.validity(), smsc.maxValidity(),
                    smsc.retryIntervals());
        }
        List<Subscriber> subscribers = subscribersFile == null ? List.of() : SubscriberFile.read(subscribersFile, catalog);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CountDownLatch stopped = new CountDownLatch(1);
        CountDownLatch closed = new CountDownLatch(1);
        Map<String, Object> ussdApps = ussdAppsFile == null ? Map.of() : UssdAppsFile.read(ussdAppsFile);
        try (Operator operator = start(catalog, smsc, ussdApps)) {
            int added = operator.provision(subscribers);
            operator.checkBillingAccounts(smsc.esmes(), err);
            out.printf("Telesim is running: catalog '%s', %s%n", catalog.name(),
                    inMemory ? "in memory" : "data in " + dataDirectory.toAbsolutePath());
            out.printf("  subscribers: %d connected from %s (%d already were)%n", added,
                    subscribersFile == null ? "no file" : subscribersFile, subscribers.size() - added);
            out.printf("  SMPP: %s:%d, %d ESME accounts (%s)%n", smsc.host(), operator.smppPort(), smsc.esmes().size(),
                    String.join(", ", smsc.esmes().stream().map(e -> e.systemId()).toList()));
            out.printf("  USSD: 127.0.0.1:%d (handsets: ./telesim handset NUMBER, or http://127.0.0.1:%d/handset)%s%n", operator.ussdPort(),
                    operator.ussdPort(), ussdApps.isEmpty() ? "" : ", " + ussdApps.size() + " third-party applications");
            out.printf("  other networks: %s%n", smsc.outbound() == null ? "none (their numbers end UNDELIVERABLE)"
                    : smsc.outbound().host() + ":" + smsc.outbound().port() + " as " + smsc.outbound().systemId());
            out.println("Press Ctrl-C to stop.");
            out.flush();
            // The JVM exits once the hook returns: it waits until the operator below is closed.
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                out.println("Telesim is stopping.");
                out.flush();
                stopped.countDown();
                try {
                    closed.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "telesim-stop"));
            stopped.await();
        } finally {
            closed.countDown();
        }
        return 0;
    }

    private Operator start(Catalog catalog, SmscConfig smsc, Map<String, Object> ussdApps) throws java.io.IOException {
        try {
            return Operator.start(catalog, inMemory ? null : dataDirectory, EngineSettings.defaults(), smsc,
                    UssdSettings.defaults().withPort(ussdPort), ussdApps);
        } catch (IllegalArgumentException e) {
            // The USSD routes refuse a bad application entry this way, naming it.
            throw new BadInputException((ussdAppsFile == null ? "" : ussdAppsFile + ": ") + e.getMessage());
        }
    }
}
