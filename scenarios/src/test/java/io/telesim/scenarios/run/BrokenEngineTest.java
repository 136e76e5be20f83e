package io.telesim.scenarios.run;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.telesim.billing.rating.UsageKind;
import io.telesim.engine.Command;
import io.telesim.engine.CommandType;
import io.telesim.scenarios.check.InvariantResult;
import io.telesim.scenarios.model.Invariant;
import io.telesim.scenarios.parse.LoadedScenario;
import io.telesim.scenarios.parse.ScenarioFile;
import io.telesim.scenarios.traffic.EnginePort;
import io.telesim.simulator.serve.CommandIds;

/** The invariants are worth something only if they catch an engine that charges twice. */
class BrokenEngineTest {

    private static final String CALLS = """
            seed: 3
            duration: 2 s
            subscribers: {count: 300, tariffs: {payg: 100%}, balance: 500.00}
            traffic:
              - {type: voice, rate: 50, duration: 90 s, update_every: 20 ms}
            """;

    @TempDir
    Path reports;

    @Test
    void aDoubleChargeFailsTheRun() throws Exception {
        LoadedScenario calls = ScenarioFile.read(new StringReader(CALLS), "calls.yaml", Path.of("."));
        AtomicInteger commits = new AtomicInteger();
        CommandIds strayIds = new CommandIds('R');
        // On its fifth commit the engine also charges the caller for a minute's call nobody acknowledged.
        RunOptions broken = RunOptions.embedded(reports).withEngineHook(engine -> chargingTwice(engine, commits, strayIds));

        RunResult result = new ScenarioRunner(broken).run(calls, 1);

        assertFalse(result.passed());
        InvariantResult exactlyOnce = find(result, Invariant.EXACTLY_ONCE);
        assertFalse(exactlyOnce.held(), exactlyOnce.summary());
        assertTrue(exactlyOnce.summary().contains("1 charged or credited without an acknowledgement"), exactlyOnce.summary());
        InvariantResult money = find(result, Invariant.MONEY);
        assertFalse(money.held(), money.summary());
        assertTrue(money.summary().contains("1 of 300 subscribers do not reconcile"), money.summary());
    }

    @Test
    void theSameRunWithAnHonestEngineHolds() throws Exception {
        LoadedScenario calls = ScenarioFile.read(new StringReader(CALLS), "calls.yaml", Path.of("."));

        RunResult result = new ScenarioRunner(RunOptions.embedded(reports)).run(calls, 1);

        assertTrue(find(result, Invariant.EXACTLY_ONCE).held(), find(result, Invariant.EXACTLY_ONCE).summary());
        assertTrue(find(result, Invariant.MONEY).held(), find(result, Invariant.MONEY).summary());
    }

    private static EnginePort chargingTwice(EnginePort engine, AtomicInteger commits, CommandIds strayIds) {
        Command stray = new Command();
        return (command, handler) -> {
            if (command.type() == CommandType.COMMIT && commits.incrementAndGet() == 5) {
                engine.submit(stray.set(CommandType.CHARGE_SESSION, strayIds.next(), command.msisdn()).item(UsageKind.VOICE.ordinal())
                        .other(command.msisdn() + 1).amount(60), null);
            }
            return engine.submit(command, handler);
        };
    }

    private static InvariantResult find(RunResult result, Invariant invariant) {
        return result.report().invariants().stream().filter(r -> r.invariant() == invariant).findFirst().orElseThrow();
    }
}
