package io.telesim.simulator.serve;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.telesim.engine.EngineSettings;
import io.telesim.smpp.server.EsmeAccount;

/** Operators for tests: every server on a free port of 127.0.0.1, a small engine, and no subscribers unless added. */
public final class TestOperators {

    private TestOperators() {
    }

    /** In memory, the default catalog, no demo subscribers, the ESMEs given. */
    public static OperatorConfig inMemory(EsmeAccount... esmes) {
        return OperatorConfigLoader.defaults(null)
                .withDataDirectory(null)
                .withSubscribers(List.of(), 0)
                .withSmsc(new SmscConfig("127.0.0.1", 0, List.of(esmes), null, Duration.ofHours(1), Duration.ofDays(1),
                        List.of(Duration.ofSeconds(10))))
                .withUssd(new UssdConfig(0, Map.of()))
                .withWeb(new WebConfig(0, "test-token", false))
                .withEngine(EngineSettings.defaults().withMaxAccounts(2_000));
    }
}
