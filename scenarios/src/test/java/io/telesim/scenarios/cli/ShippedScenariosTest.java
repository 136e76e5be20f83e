package io.telesim.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.telesim.scenarios.parse.LoadedScenario;
import io.telesim.scenarios.parse.ScenarioFile;

/** The shipped scenarios are the files in scenarios/, each valid, described and documented. */
class ShippedScenariosTest {

    /** Every key of the format; scenarios/README.md must document each. */
    private static final List<String> KEYS = List.of("name", "description", "seed", "duration", "warmup", "ramp_up", "catalog", "file",
            "promised_payment", "min_account_age", "min_top_ups", "subscribers", "count", "first_number", "tariffs", "balance", "auto_top_up",
            "share", "below", "amount", "families", "size", "tariff", "distribution", "uniform", "exponential", "normal", "mix", "min", "max",
            "mean", "stddev", "parts", "value", "traffic", "type", "rate", "per_second", "ramp_to", "spikes", "at", "for", "times", "voice",
            "sms", "data", "ussd", "a2p", "top_up", "destinations", "on_net", "off_net", "other_region", "international", "quota",
            "update_every", "text", "binds", "window", "volume", "codes", "code", "answers", "think_time", "esme", "system_id", "password",
            "source", "billing_account", "billing_balance", "max_per_second", "receipts", "expect", "slo", "p50", "p90", "p99", "p999",
            "max_refused", "max_errors", "min_achieved", "invariants", "all", "none", "exactly_once", "money", "bundles", "max_heap_growth");

    @Test
    void theListNamesExactlyTheFilesInTheDirectory() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("."))) {
            List<String> names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).map(n -> n.replace(".yaml", ""))
                    .sorted().toList();
            assertEquals(ShippedScenarios.NAMES.stream().sorted().toList(), names);
        }
    }

    @Test
    void everyShippedScenarioReadsAndHasADescription() {
        for (String name : ShippedScenarios.NAMES) {
            LoadedScenario fromFile = ScenarioFile.read(Path.of(name + ".yaml"));
            LoadedScenario packed = ScenarioFile.readResource(ShippedScenarios.resource(name));
            assertEquals(name, fromFile.scenario().name());
            assertFalse(fromFile.scenario().description().isBlank(), name);
            assertEquals(fromFile.scenario().traffic().size(), packed.scenario().traffic().size(), name + " is packed as it is");
        }
    }

    @Test
    void theEveningPeakIsTheDefaultAndRunsAboutAMinute() {
        LoadedScenario peak = ShippedScenarios.find(ShippedScenarios.DEFAULT);

        assertEquals("evening-peak", peak.scenario().name());
        assertTrue(peak.scenario().total().toSeconds() >= 50 && peak.scenario().total().toSeconds() <= 90, peak.scenario().total().toString());
    }

    @Test
    void theReadmeDocumentsEveryKeyAndEveryShippedScenario() throws IOException {
        String readme = Files.readString(Path.of("README.md"));

        for (String key : KEYS) {
            assertTrue(readme.contains("`" + key + "`"), "README.md documents `" + key + "`");
        }
        for (String name : ShippedScenarios.NAMES) {
            assertTrue(readme.contains("`" + name + "`"), "README.md describes `" + name + "`");
        }
    }
}
