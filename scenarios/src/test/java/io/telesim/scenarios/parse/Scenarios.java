package io.telesim.scenarios.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Path;

import io.telesim.simulator.input.BadInputException;
import io.telesim.simulator.yaml.YamlException;

/** Reads scenario text for the parser's tests, and checks the errors it gives. */
final class Scenarios {

    static final String FILE = "test.yaml";

    private Scenarios() {
    }

    static LoadedScenario read(String yaml) {
        return read(yaml, Path.of("."));
    }

    static LoadedScenario read(String yaml, Path directory) {
        return ScenarioFile.read(new StringReader(yaml), FILE, directory);
    }

    /** A scenario of the minimum keys with {@code traffic} as its traffic list (indented as list items under 'traffic:'). */
    static String withTraffic(String traffic) {
        return "duration: 10 s\nsubscribers: {count: 100}\ntraffic:\n" + traffic;
    }

    /** Reading {@code yaml} fails on {@code line} with a message that contains {@code fragment}. */
    static YamlException assertError(String yaml, int line, String fragment) {
        YamlException error = assertThrows(YamlException.class, () -> read(yaml));
        assertEquals(FILE, error.file(), error.getMessage());
        assertEquals(line, error.line(), error.getMessage());
        assertTrue(error.getMessage().contains(fragment), "expected '" + fragment + "' in: " + error.getMessage());
        return error;
    }

    /** Reading {@code yaml} fails with a one-line error that contains {@code fragment}. */
    static BadInputException assertBadInput(String yaml, String fragment) {
        BadInputException error = assertThrows(BadInputException.class, () -> read(yaml));
        assertTrue(error.getMessage().contains(fragment), "expected '" + fragment + "' in: " + error.getMessage());
        return error;
    }
}
