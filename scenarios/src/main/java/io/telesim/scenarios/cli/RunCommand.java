package io.telesim.scenarios.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

import io.telesim.scenarios.parse.LoadedScenario;
import io.telesim.scenarios.remote.AdminApiException;
import io.telesim.scenarios.report.TerminalReport;
import io.telesim.scenarios.run.RunOptions;
import io.telesim.scenarios.run.RunResult;
import io.telesim.scenarios.run.ScenarioRunner;
import io.telesim.scenarios.run.SubscribersCsv;
import io.telesim.scenarios.run.Target;
import io.telesim.simulator.input.BadInputException;
import io.telesim.simulator.yaml.Quantities;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code telesim run [SCENARIO]}: runs a load-test scenario and reports; exit code 1 when an expectation fails. */
@Command(name = "run", sortOptions = false, mixinStandardHelpOptions = true,
        header = "Run a load-test scenario against the operator and report throughput, latency and invariants.",
        description = {"Boots an operator in this process (as serve does), connects the scenario's subscribers, drives its traffic",
                "open loop through the real interfaces (SMPP binds for A2P and handset SMS, the USSD HTTP protocol, the engine's",
                "network-element API for calls, data, top-ups and promised payments), shows progress each second, checks the",
                "invariants and writes reports/<scenario>-<time>/report.json and report.html.",
                "With --target it drives an operator already running instead, the engine's API through its admin API.",
                "SCENARIO is a scenario file or the name of a shipped one (see --list); the default is evening-peak.",
                "The format of scenario files: scenarios/README.md."},
        footer = {"", "Exit codes: 0 every expectation held, 1 one did not (or an unexpected failure), 2 bad input."})
public final class RunCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO", description = "A scenario file or a shipped scenario's name.")
    private String scenario;

    @Option(names = "--list", description = "List the shipped scenarios and stop.")
    private boolean list;

    @Option(names = "--target", paramLabel = "HOST", description = "Drive the operator already running on HOST (./telesim serve) instead "
            + "of an embedded one: SMPP and USSD over their ports, engine commands, subscribers and the audit through its admin API "
            + "(needs --admin-token).")
    private String target;

    @Option(names = "--admin-token", paramLabel = "TOKEN", description = "The target's admin token (./telesim serve prints it; default: "
            + "the environment variable TELESIM_ADMIN_TOKEN).")
    private String adminToken;

    @Option(names = "--web-port", paramLabel = "PORT", defaultValue = "8080", description = "The target's web port, where its admin API "
            + "is (default: ${DEFAULT-VALUE}).")
    private int webPort;

    @Option(names = "--handset-esme", paramLabel = "SYSTEM_ID:PASSWORD", defaultValue = "handsets:radio123", description = "An ESME of "
            + "the target's SMS centre with handset_gateway: true, for SMS from handsets (default: ${DEFAULT-VALUE}, ./telesim serve's own; "
            + "'none' skips them).")
    private String handsetEsme;

    @Option(names = "--smpp-port", paramLabel = "PORT", defaultValue = "2775", description = "The target's SMPP port (default: ${DEFAULT-VALUE}).")
    private int smppPort;

    @Option(names = "--ussd-port", paramLabel = "PORT", defaultValue = "8090", description = "The target's USSD port (default: ${DEFAULT-VALUE}).")
    private int ussdPort;

    @Option(names = "--rate-scale", paramLabel = "FACTOR", defaultValue = "1", description = "Multiply every rate by FACTOR (default: 1).")
    private double rateScale;

    @Option(names = "--duration", paramLabel = "TIME", description = "Measure for TIME (like 30 s or 10 min) instead of the scenario's duration.")
    private String duration;

    @Option(names = "--reports", paramLabel = "DIR", defaultValue = "reports", description = "Where reports go (default: ${DEFAULT-VALUE}).")
    private Path reports;

    @Option(names = "--write-subscribers", paramLabel = "FILE", description = "Write the scenario's subscribers as a CSV for ./telesim serve "
            + "--subscribers (for a --target run) and stop.")
    private Path subscribersFile;

    @Option(names = "--live-state", paramLabel = "DIR", description = "Keep the embedded engine's live account map and statement heads in "
            + "DIR, a memory-backed directory such as /dev/shm (spares the disk's writeback stalls; see BENCHMARKS.md).")
    private Path liveState;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (list) {
            for (String name : ShippedScenarios.NAMES) {
                out.printf("%-22s %s%n", name, ShippedScenarios.description(name));
            }
            out.flush();
            return 0;
        }
        LoadedScenario loaded = load();
        if (!(rateScale > 0)) {
            throw new BadInputException("--rate-scale must be more than 0, got " + rateScale);
        }
        if (rateScale != 1) {
            loaded = loaded.withRateScale(rateScale);
        }
        if (duration != null) {
            loaded = loaded.withDuration(parseDuration(duration));
        }
        if (subscribersFile != null) {
            int rows = SubscribersCsv.write(loaded, subscribersFile);
            out.printf("Wrote %,d subscribers of %s to %s (families and auto top-ups are not in the file).%n", rows, loaded.scenario().name(),
                    subscribersFile);
            out.printf("Start the operator with ./telesim serve --subscribers %s, then ./telesim run %s --target 127.0.0.1 --admin-token TOKEN%n",
                    subscribersFile, scenario == null ? ShippedScenarios.DEFAULT : scenario);
            out.flush();
            return 0;
        }
        RunOptions options = RunOptions.embedded(reports).withProgress(out, System.console() != null).withLiveState(liveState);
        if (target != null) {
            options = options.withTarget(target());
        }
        RunResult result;
        try {
            result = new ScenarioRunner(options).run(loaded, rateScale);
        } catch (AdminApiException e) {
            throw new BadInputException(e.getMessage());
        }
        TerminalReport.print(result.report(), out);
        out.println("Reports: " + result.directory().resolve("report.html") + " and report.json");
        out.flush();
        return result.passed() ? 0 : 1;
    }

    private Target target() {
        String token = adminToken != null ? adminToken : System.getenv("TELESIM_ADMIN_TOKEN");
        Target remote = new Target(target, smppPort, ussdPort, webPort, token, null, null);
        if (handsetEsme.equals("none")) {
            return remote;
        }
        int colon = handsetEsme.indexOf(':');
        if (colon <= 0) {
            throw new BadInputException("--handset-esme takes SYSTEM_ID:PASSWORD, got '" + handsetEsme + "'");
        }
        return remote.withHandsetGateway(handsetEsme.substring(0, colon), handsetEsme.substring(colon + 1));
    }

    private LoadedScenario load() {
        String name = scenario == null ? ShippedScenarios.DEFAULT : scenario;
        LoadedScenario loaded = ShippedScenarios.find(name);
        if (loaded == null) {
            throw new BadInputException("no scenario file " + name + " and no shipped scenario of that name; shipped: "
                    + String.join(", ", ShippedScenarios.NAMES));
        }
        return loaded;
    }

    private static Duration parseDuration(String text) {
        try {
            Duration parsed = Quantities.parseDuration(text);
            if (parsed.isZero()) {
                throw new IllegalArgumentException("'" + text + "' is no time at all");
            }
            return parsed;
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--duration: " + e.getMessage());
        }
    }
}
