package io.telesim.scenarios.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.telesim.engine.EngineSettings;
import io.telesim.scenarios.check.InvariantResult;
import io.telesim.scenarios.model.Invariant;
import io.telesim.scenarios.parse.LoadedScenario;
import io.telesim.scenarios.parse.ScenarioFile;
import io.telesim.scenarios.remote.AdminApiException;
import io.telesim.scenarios.report.TerminalReport;
import io.telesim.scenarios.report.TrafficReport;
import io.telesim.simulator.serve.Operator;
import io.telesim.simulator.serve.OperatorConfig;
import io.telesim.simulator.serve.OperatorConfigLoader;
import io.telesim.simulator.serve.SmscConfig;
import io.telesim.simulator.serve.SmscConfigLoader;
import io.telesim.simulator.serve.UssdConfig;
import io.telesim.simulator.serve.WebConfig;

/**
 * --target: the smoke scenario against an operator started as {@code ./telesim serve} starts it (its built-in ESMEs and
 * a handset gateway, the admin API with a token, a data directory), every traffic driven through its interfaces and the
 * admin API, the invariants checked through the admin API; again against the same operator, reconciled from the second
 * run's own opening; and the clear failures of a wrong token and of nobody listening.
 */
class RemoteTargetTest {

    private static final String TOKEN = "remote-target-token-42";

    @TempDir
    Path directory;

    @Test
    void theSmokeScenarioDrivesEveryTrafficOfARunningOperatorAndItsInvariantsHoldTwice() throws Exception {
        LoadedScenario smoke = ScenarioFile.read(Path.of("smoke.yaml"));
        try (Operator operator = Operator.start(config(smoke))) {
            Target target = new Target("127.0.0.1", operator.smppPort(), operator.ussdPort(), operator.webPort(), TOKEN, "handsets",
                    "radio123");

            RunResult first = new ScenarioRunner(RunOptions.embedded(directory).withTarget(target)).run(smoke, 1);

            String report = text(first);
            assertEquals(7, first.report().traffic().size(), report);
            for (TrafficReport traffic : first.report().traffic()) {
                assertNull(traffic.skipped(), traffic.name() + " ran: " + report);
                assertTrue(traffic.succeeded() > 0, traffic.name() + " succeeded at something: " + report);
            }
            assertInvariantsCheckedAndHeld(first, report);
            assertTrue(first.passed(), report);

            RunResult again = new ScenarioRunner(RunOptions.embedded(directory).withTarget(target)).run(smoke, 1);

            String second = text(again);
            assertTrue(first.report().setup().stream().anyMatch(line -> line.contains("the scenario's catalog settings shape only")),
                    "smoke eases the promised payment's rules, which a running operator does not take from the scenario");
            assertTrue(again.report().setup().stream().anyMatch(line -> line.contains("2,001 numbers were subscribers of the target already")),
                    "the population and the bank's billing account are there from the first run: " + second);
            assertTrue(again.report().setup().stream().noneMatch(line -> line.contains("another tariff")), "family members are on the family "
                    + "tariff, as the scenario has them: " + second);
            for (TrafficReport traffic : again.report().traffic()) {
                assertTrue(traffic.succeeded() + traffic.refused() > 0, traffic.name() + " ran again: " + second);
            }
            // the promised payments of the first run are still open: the second one's are refused, as they should be
            assertInvariantsCheckedAndHeld(again, second);
        }
    }

    @Test
    void aWrongTokenOrNoOperatorStopsTheRunWithOneClearLine() throws Exception {
        LoadedScenario smoke = ScenarioFile.read(Path.of("smoke.yaml"));
        try (Operator operator = Operator.start(config(smoke))) {
            Target wrongToken = new Target("127.0.0.1", operator.smppPort(), operator.ussdPort(), operator.webPort(), "not-the-token", null,
                    null);

            AdminApiException refused = assertThrows(AdminApiException.class,
                    () -> new ScenarioRunner(RunOptions.embedded(directory).withTarget(wrongToken)).run(smoke, 1));

            assertTrue(refused.getMessage().contains("refused the admin token (401)"), refused.getMessage());
            assertTrue(refused.getMessage().contains("--admin-token"), refused.getMessage());
        }
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        Target nobody = new Target("127.0.0.1", 2775, 8090, closed, TOKEN, null, null);
        AdminApiException unreachable = assertThrows(AdminApiException.class,
                () -> new ScenarioRunner(RunOptions.embedded(directory).withTarget(nobody)).run(smoke, 1));
        assertTrue(unreachable.getMessage().startsWith("cannot reach the operator's admin API at 127.0.0.1:" + closed), unreachable.getMessage());
    }

    /** As ./telesim serve --data-dir DIR would run (its built-in ESMEs, handset gateway included) with the scenario's catalog and every port free. */
    private OperatorConfig config(LoadedScenario scenario) {
        SmscConfig builtIn = SmscConfigLoader.loadDefault();
        SmscConfig smsc = new SmscConfig("127.0.0.1", 0, builtIn.esmes(), null, builtIn.validity(), builtIn.maxValidity(), builtIn.retryIntervals());
        return OperatorConfigLoader.defaults(null).withDataDirectory(directory.resolve("data")).withCatalog(scenario.catalog())
                .withSubscribers(List.of(), 0).withSmsc(smsc).withUssd(new UssdConfig(0, Map.of())).withWeb(new WebConfig(0, TOKEN, false))
                .withEngine(EngineSettings.defaults().withMaxAccounts(10_000));
    }

    private static void assertInvariantsCheckedAndHeld(RunResult result, String report) {
        for (Invariant invariant : List.of(Invariant.EXACTLY_ONCE, Invariant.MONEY, Invariant.BUNDLES, Invariant.SMS)) {
            InvariantResult found = result.report().invariants().stream().filter(r -> r.invariant() == invariant).findFirst().orElseThrow();
            assertTrue(found.checked(), invariant + " checked: " + report);
            assertTrue(found.held(), invariant + " held: " + report);
        }
    }

    private static String text(RunResult result) {
        StringWriter text = new StringWriter();
        TerminalReport.print(result.report(), new PrintWriter(text));
        return text.toString();
    }
}
