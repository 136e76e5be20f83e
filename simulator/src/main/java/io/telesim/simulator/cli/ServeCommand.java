package io.telesim.simulator.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import io.telesim.simulator.input.BadInputException;
import io.telesim.simulator.offline.SubscriberFile;
import io.telesim.simulator.serve.Operator;
import io.telesim.simulator.serve.OperatorConfig;
import io.telesim.simulator.serve.OperatorConfigLoader;
import io.telesim.simulator.serve.SmscConfigLoader;
import io.telesim.simulator.serve.UssdAppsFile;
import io.telesim.simulator.serve.UssdConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code telesim serve}: runs the operator until stopped (Ctrl-C or SIGTERM, after which it exits with 0). */
@Command(name = "serve", sortOptions = false, mixinStandardHelpOptions = true,
        header = "Run the operator: the rating engine, the SMS centre (SMPP), the USSD gateway and the web account.",
        description = {"Runs the simulated operator until Ctrl-C or SIGTERM: the rating engine with its journal in the data",
                "directory, the SMS centre that ESMEs bind to over SMPP 3.4 (127.0.0.1:2775), the USSD gateway that",
                "handsets dial codes on (127.0.0.1:8090) and the web server (127.0.0.1:8080).",
                "Without --config it runs the default operator: the built-in catalog, 1,000 demo subscribers",
                "(+7 916 100-00-01 onwards), the ESMEs demo/demo, bank/bank1234 and handsets/radio123 (the handset gateway), data in ./data. Subscribers are",
                "connected at start unless they already are, so a second start resumes where the first stopped.",
                "The options below override the configuration file."})
public final class ServeCommand implements Callable<Integer> {

    @Option(names = "--config", paramLabel = "FILE", description = "The operator's configuration (YAML); config/telesim.example.yaml "
            + "explains every key.")
    private Path configFile;

    @Mixin
    private CatalogOption catalogOption;

    @Option(names = "--subscribers", paramLabel = "S.csv", description = "Subscribers to connect at start (msisdn,tariff,balance_rub), "
            + "instead of those the configuration lists.")
    private Path subscribersFile;

    @Option(names = "--smsc", paramLabel = "FILE", description = "SMS centre configuration (YAML): ESMEs, port, outbound link, instead of "
            + "the configuration's smpp section.")
    private Path smscFile;

    @Option(names = {"--data-dir", "--data"}, paramLabel = "DIR", description = "Where the engine and the SMS centre keep their files "
            + "(default: data).")
    private Path dataDirectory;

    @Option(names = "--live-state", paramLabel = "DIR", description = "Keep the engine's live account map and statement heads in DIR, a "
            + "memory-backed directory such as /dev/shm: a third more commands a second and no writeback stalls; the journal, "
            + "checkpoints and statements stay in the data directory, and after a reboot the engine restores them from there.")
    private Path liveState;

    @Option(names = "--in-memory", description = "Keep everything in memory: nothing is written and nothing survives a restart.")
    private boolean inMemory;

    @Option(names = "--smpp-port", paramLabel = "PORT", description = "SMPP port (default 2775; 0 picks a free one).")
    private Integer smppPort;

    @Option(names = "--ussd-port", paramLabel = "PORT", description = "USSD gateway port for handsets (default 8090; 0 picks a free one).")
    private Integer ussdPort;

    @Option(names = "--web-port", paramLabel = "PORT", description = "Web server port (default 8080; 0 picks a free one).")
    private Integer webPort;

    @Option(names = "--ussd-apps", paramLabel = "FILE", description = "Third-party USSD applications (YAML): code or prefix -> "
            + "{url: http://127.0.0.1:PORT/..., notify: ...}, e.g. \"*123#\": {url: http://127.0.0.1:9000/ussd}.")
    private Path ussdAppsFile;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        OperatorConfig config = configuration();
        PrintWriter out = spec.commandLine().getOut();
        StopSignals stop = StopSignals.install();
        try {
            try (Operator operator = Operator.start(config)) {
                operator.checkBillingAccounts(config.smsc().esmes(), spec.commandLine().getErr());
                ServeBanner.print(out, operator);
                stop.awaitRequest();
                out.println("Telesim is stopping.");
                out.flush();
            }
            out.println("Telesim stopped.");
            out.flush();
        } finally {
            stop.stopped();
        }
        return 0;
    }

    /** The configuration file's (or the default operator's), with what the command line overrides. */
    private OperatorConfig configuration() {
        if (inMemory && dataDirectory != null) {
            throw new BadInputException("--in-memory keeps no data directory: give --in-memory or --data-dir, not both");
        }
        OperatorConfig config = configFile == null ? OperatorConfigLoader.defaults(catalogOption.file())
                : OperatorConfigLoader.load(configFile, catalogOption.file());
        if (subscribersFile != null) {
            config = config.withSubscribers(SubscriberFile.read(subscribersFile, config.catalog()), config.demoSubscribers());
        }
        if (smscFile != null) {
            config = config.withSmsc(SmscConfigLoader.load(smscFile));
        }
        if (smppPort != null) {
            config = config.withSmsc(config.smsc().withPort(port("--smpp-port", smppPort)));
        }
        if (ussdAppsFile != null) {
            config = config.withUssd(new UssdConfig(config.ussd().port(), UssdAppsFile.read(ussdAppsFile)));
        }
        if (ussdPort != null) {
            config = config.withUssd(config.ussd().withPort(port("--ussd-port", ussdPort)));
        }
        if (webPort != null) {
            config = config.withWeb(config.web().withPort(port("--web-port", webPort)));
        }
        if (liveState != null) {
            if (inMemory) {
                throw new BadInputException("--in-memory keeps no files: give --in-memory or --live-state, not both");
            }
            if (!Files.isDirectory(liveState)) {
                throw new BadInputException("--live-state " + liveState + ": no such directory");
            }
            config = config.withEngine(config.engine().withLiveState(liveState));
        }
        if (inMemory) {
            config = config.withDataDirectory(null);
        } else if (dataDirectory != null) {
            config = config.withDataDirectory(dataDirectory);
        }
        if (config.inMemory() && config.engine().liveState() != null) {
            // one from the command line, the other from the configuration file
            throw new BadInputException("an operator in memory keeps no files, so no live state: remove --in-memory or in_memory, "
                    + "or --live-state or engine.live_state");
        }
        return config;
    }

    private static int port(String option, int port) {
        if (port < 0 || port > 65_535) {
            throw new BadInputException(option + ": a port is 0 to 65535, got " + port);
        }
        return port;
    }
}
