package io.telesim.scenarios.run;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import io.telesim.scenarios.check.Ledger;
import io.telesim.scenarios.model.CatalogSettings;
import io.telesim.scenarios.model.Scenario;
import io.telesim.scenarios.parse.LoadedScenario;
import io.telesim.scenarios.report.HeapReport;
import io.telesim.scenarios.report.HtmlReport;
import io.telesim.scenarios.report.JsonReport;
import io.telesim.scenarios.report.RunReport;
import io.telesim.scenarios.report.SloJudge;
import io.telesim.scenarios.report.TrafficReport;
import io.telesim.scenarios.traffic.EnginePort;
import io.telesim.simulator.serve.CommandIds;

/**
 * Runs a scenario: starts the operator (or reaches the one at {@code --target}), connects the subscribers, drives every
 * traffic open loop at its rates for the warm-up and the measured time with a progress line each second, waits for
 * what is still in flight, checks the invariants, and writes {@code report.json} and {@code report.html} under
 * {@code reports/<scenario>-<time>/}.
 */
public final class ScenarioRunner {

    /** Time to bind and get ready between building the schedules and the first event. */
    private static final long LEAD_NANOS = TimeUnit.SECONDS.toNanos(1);
    /** How long to wait after the last event is due for those still in flight. */
    private static final Duration DRAIN_LIMIT = Duration.ofSeconds(60);
    private static final long TICK_NANOS = TimeUnit.SECONDS.toNanos(1);
    private static final DateTimeFormatter DIRECTORY_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final RunOptions options;

    public ScenarioRunner(RunOptions options) {
        this.options = options;
    }

    public RunResult run(LoadedScenario loaded, double rateScale) throws IOException, InterruptedException {
        Scenario scenario = loaded.scenario();
        LocalDateTime started = LocalDateTime.now(ZoneId.systemDefault());
        PrintWriter out = options.progress();
        Path data = null;
        Path live = null;
        RunReport report;
        try {
            OperatorUnderTest operator;
            if (options.remote()) {
                operator = RemoteOperator.connect(options.target());
            } else {
                data = Files.createTempDirectory("telesim-run-");
                live = options.liveStateDirectory() == null ? null : Files.createTempDirectory(options.liveStateDirectory(), "telesim-run-");
                operator = EmbeddedOperator.start(loaded, data, live);
            }
            try (operator) {
                report = drive(loaded, operator, started, rateScale, out);
            }
        } finally {
            EmbeddedOperator.delete(data);
            EmbeddedOperator.delete(live);
        }
        Path directory = reportDirectory(scenario.name(), started);
        JsonReport.write(report, directory.resolve("report.json"));
        HtmlReport.write(report, directory.resolve("report.html"));
        return new RunResult(report, directory);
    }

    private RunReport drive(LoadedScenario loaded, OperatorUnderTest operator, LocalDateTime started, double rateScale, PrintWriter out)
            throws InterruptedException {
        Scenario scenario = loaded.scenario();
        Ledger ledger = new Ledger();
        List<String> setup = new ArrayList<>();
        say(out, "Running " + scenario.name() + " against " + operator.describe());
        say(out, String.format("Connecting %,d subscribers...", scenario.population().count()));
        long connecting = System.nanoTime();
        CommandIds ids = new CommandIds('R');
        SubscriberConnector connector = operator.connector(loaded.catalog(), ids, ledger, scenario.population().count(), out);
        setup.addAll(new Provisioner(operator.enginePort(), connector, loaded.catalog(), ids).provision(scenario,
                new SplittableRandom(scenario.seed())));
        List<String> opening = operator.opening(InvariantChecks.auditedNumbers(scenario));
        say(out, String.format("Connected in %.1f s", (System.nanoTime() - connecting) / 1e9));
        opening.forEach(problem -> say(out, "Note: " + problem));
        setup.addAll(opening);
        if (options.remote() && !scenario.catalog().equals(CatalogSettings.BUILT_IN)) {
            String unshaped = "the scenario's catalog settings shape only an operator the runner starts itself: the target sells its own "
                    + "catalog, whose rules decide (promised-payment eligibility, for one)";
            say(out, "Note: " + unshaped);
            setup.add(unshaped);
        }
        EnginePort engine = options.engineHook().apply(operator.enginePort());
        RunClock clock = new RunClock(System.nanoTime() + LEAD_NANOS, scenario.warmup(), scenario.total());
        HeapWatch heap = new HeapWatch(clock, scenario.expect().maxHeapGrowth() != null);
        ProgressLine progress = new ProgressLine(out, options.progressInPlace(), clock);
        List<TrafficReport> traffic = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        TrafficSet set = new TrafficSet(scenario, loaded.catalog(), clock, operator, engine, ledger);
        GcWatch gc = new GcWatch();
        String pauses;
        try (set; gc) {
            set.start();
            tick(set, clock, heap, progress, clock.endNanos(), () -> false);
            long deadline = clock.endNanos() + DRAIN_LIMIT.toNanos();
            tick(set, clock, heap, progress, deadline, set::drained);
            pauses = gc.summary((System.nanoTime() - clock.startNanos()) / 1e9, options.remote());
        }
        set.collect(System.nanoTime());
        progress.finish();
        for (Map.Entry<String, TrafficStats> entry : set.stats().entrySet()) {
            traffic.add(ReportBuilder.traffic(entry.getValue(), clock, set.skipped().get(entry.getKey())));
        }
        set.skipped().entrySet().forEach(skipped -> notes.add(ReportBuilder.skippedNote(skipped)));
        set.smpp().forEach(smpp -> notes.addAll(smpp.failures()));
        notes.addAll(ReportBuilder.lateness(traffic, options.remote()));
        notes.add(pauses);
        say(out, "Checking the invariants...");
        long checking = System.nanoTime();
        var invariants = new InvariantChecks(operator, ledger, scenario, set.smpp()).run();
        say(out, String.format("Checked in %.1f s", (System.nanoTime() - checking) / 1e9));
        HeapReport heapReport = heap.report(scenario.expect().maxHeapGrowth());
        return new RunReport(scenario.name(), scenario.description(), scenario.source(), scenario.seed(),
                started.toString(), rateScale, scenario.warmup().toSeconds(), scenario.duration().toSeconds(), operator.describe(),
                scenario.population().count(), setup, traffic, invariants, SloJudge.judge(scenario.expect().slos(), traffic), heapReport, notes);
    }

    /** Collects, samples and shows progress once a second until {@code deadline} or until {@code done}. */
    private static void tick(TrafficSet set, RunClock clock, HeapWatch heap, ProgressLine progress, long deadline,
                             BooleanSupplier done) throws InterruptedException {
        long next = clock.startNanos() + TICK_NANOS * Math.max(1, (System.nanoTime() - clock.startNanos()) / TICK_NANOS + 1);
        while (!done.getAsBoolean()) {
            long now = System.nanoTime();
            if (now - deadline >= 0) {
                return;
            }
            if (now - next >= 0) {
                set.collect(now);
                heap.tick(now);
                String phase = now < clock.startNanos() ? "starting" : !clock.measured(now) ? "warm-up" : now < clock.endNanos() ? "" : "draining";
                progress.show(now, set.stats(), phase);
                next += TICK_NANOS;
            }
            TimeUnit.MILLISECONDS.sleep(Math.max(1, Math.min(50, TimeUnit.NANOSECONDS.toMillis(Math.min(next, deadline) - now))));
        }
    }

    private Path reportDirectory(String scenario, LocalDateTime started) throws IOException {
        String base = scenario.replaceAll("[^A-Za-z0-9._-]", "_") + "-" + DIRECTORY_TIME.format(started);
        Path directory = options.reportsDirectory().resolve(base);
        for (int n = 2; Files.exists(directory); n++) {
            directory = options.reportsDirectory().resolve(base + "-" + n);
        }
        return Files.createDirectories(directory);
    }

    private static void say(PrintWriter out, String line) {
        if (out != null) {
            out.println(line);
            out.flush();
        }
    }
}
