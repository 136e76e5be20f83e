package io.telesim.simulator.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.telesim.simulator.offline.Subscriber;

/** {@code config/telesim.example.yaml} loads, and the values it says are the defaults are the defaults. */
class ExampleConfigTest {

    @Test
    void theExampleConfigurationLoadsAndStatesTheDefaults() {
        OperatorConfig example = OperatorConfigLoader.load(example(), null);
        OperatorConfig defaults = OperatorConfigLoader.defaults(null);

        assertEquals(defaults.host(), example.host());
        assertEquals(defaults.dataDirectory(), example.dataDirectory());
        assertEquals(defaults.catalog().name(), example.catalog().name());
        assertEquals(defaults.demoSubscribers(), example.demoSubscribers());
        assertEquals(defaults.smsc(), example.smsc(), "the smpp section spells out the built-in SMS centre");
        assertEquals(defaults.ussd().port(), example.ussd().port());
        assertEquals(defaults.web().port(), example.web().port());
        assertTrue(example.web().randomToken());
        assertEquals(defaults.engine(), example.engine());
        assertEquals(defaults.clock(), example.clock());

        assertEquals(List.of(79215550001L, 79855550002L), example.subscribers().stream().map(Subscriber::msisdn).toList(), "examples");
        assertEquals(List.of("*123#", "*124*"), List.copyOf(example.ussd().apps().keySet()), "examples");
    }

    /** The example at the repository's root, found from the module's directory the tests run in. */
    private static Path example() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path file = dir.resolve("config/telesim.example.yaml");
            if (Files.isRegularFile(file)) {
                return file;
            }
        }
        throw new AssertionError("config/telesim.example.yaml not found above " + Path.of("").toAbsolutePath());
    }
}
