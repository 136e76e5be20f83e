package io.telesim.scenarios.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
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
import io.telesim.scenarios.report.TrafficReport;
import io.telesim.simulator.offline.Subscriber;
import io.telesim.simulator.offline.SubscriberFile;
import io.telesim.simulator.serve.Operator;
import io.telesim.simulator.serve.OperatorConfig;
import io.telesim.simulator.serve.OperatorConfigLoader;
import io.telesim.simulator.serve.UssdConfig;
import io.telesim.simulator.serve.WebConfig;
import io.telesim.simulator.serve.SmscConfig;
import io.telesim.simulator.serve.SmscConfigLoader;

/** --target: a running operator, given the scenario's subscribers from --write-subscribers, driven over SMPP and USSD. */
class RemoteTargetTest {

    private static final String SCENARIO = """
            seed: 5
            duration: 2 s
            subscribers: {count: 200, first_number: "+7 916 300-00-00", tariffs: {smart: 50%, payg: 50%}, balance: 900.00}
            traffic:
              - {type: a2p, name: otp, rate: 50}
              - {type: ussd, rate: 5, codes: [{code: "*100#"}], think_time: 100 ms}
              - {type: voice, rate: 10, duration: 1 min}
            """;

    @TempDir
    Path directory;

    @Test
    void aRunAgainstARunningOperatorDrivesSmppAndUssdAndSkipsEngineTraffic() throws Exception {
        LoadedScenario loaded = ScenarioFile.read(new StringReader(SCENARIO), "remote.yaml", directory);
        Path subscribers = directory.resolve("subscribers.csv");
        assertEquals(201, SubscribersCsv.write(loaded, subscribers), "the population and the bank's billing account");
        List<Subscriber> population = SubscriberFile.read(subscribers, loaded.catalog());
        SmscConfig builtIn = SmscConfigLoader.loadDefault();
        SmscConfig freePort = new SmscConfig("127.0.0.1", 0, builtIn.esmes(), null, builtIn.validity(), builtIn.maxValidity(),
                builtIn.retryIntervals());

        OperatorConfig config = OperatorConfigLoader.defaults(null).withDataDirectory(null).withCatalog(loaded.catalog())
                .withSubscribers(List.of(), 0).withSmsc(freePort).withUssd(new UssdConfig(0, Map.of())).withWeb(WebConfig.onPort(0))
                .withEngine(EngineSettings.defaults().withMaxAccounts(10_000));
        try (Operator operator = Operator.start(config)) {
            assertEquals(201, operator.provision(population));
            RunOptions remote = RunOptions.embedded(directory).withTarget("127.0.0.1", operator.smppPort(), operator.ussdPort());

            RunResult result = new ScenarioRunner(remote).run(loaded, 1);

            TrafficReport otp = traffic(result, "otp");
            assertTrue(otp.succeeded() > 0 && otp.refused() == 0 && otp.errors() == 0, otp.toString());
            TrafficReport ussd = traffic(result, "ussd");
            assertTrue(ussd.succeeded() > 0 && ussd.refused() == 0, ussd.refusedByReason().toString());
            assertNull(otp.skipped());
            assertNotNull(traffic(result, "voice").skipped(), "no engine API to reach remotely");
            InvariantResult sms = invariant(result, Invariant.SMS);
            assertTrue(sms.checked() && sms.held(), sms.summary());
            assertFalse(invariant(result, Invariant.MONEY).checked());
        }
    }

    private static TrafficReport traffic(RunResult result, String name) {
        return result.report().traffic().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    private static InvariantResult invariant(RunResult result, Invariant invariant) {
        return result.report().invariants().stream().filter(r -> r.invariant() == invariant).findFirst().orElseThrow();
    }
}
