package io.telesim.scenarios.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.telesim.scenarios.parse.LoadedScenario;
import io.telesim.scenarios.parse.ScenarioFile;
import io.telesim.simulator.yaml.YamlFile;
import io.telesim.simulator.yaml.YamlNode;

/**
 * The scenarios that ship with Telesim: files in {@code scenarios/} of the repository, also packed into the jar. A name
 * reads the repository's file when the working directory has it (so edits take effect), else the packed copy.
 */
final class ShippedScenarios {

    /** In the order {@code --list} shows them; a test keeps this list and the directory in step. */
    static final List<String> NAMES = List.of("smoke", "evening-peak", "otp-storm", "new-year-midnight", "promised-payment-rush",
            "family-weekend", "soak");
    static final String DEFAULT = "evening-peak";
    static final String DIRECTORY = "scenarios";

    private ShippedScenarios() {
    }

    /** A scenario file by path, or a shipped scenario by name (with or without {@code .yaml}); null when it is neither. */
    static LoadedScenario find(String nameOrPath) {
        Path path = Path.of(nameOrPath);
        if (Files.isRegularFile(path)) {
            return ScenarioFile.read(path);
        }
        String name = nameOrPath.endsWith(".yaml") ? nameOrPath.substring(0, nameOrPath.length() - 5) : nameOrPath;
        if (name.startsWith(DIRECTORY + "/")) {
            name = name.substring(DIRECTORY.length() + 1);
        }
        if (!NAMES.contains(name)) {
            return null;
        }
        Path local = Path.of(DIRECTORY, name + ".yaml");
        return Files.isRegularFile(local) ? ScenarioFile.read(local) : ScenarioFile.readResource(resource(name));
    }

    static String resource(String name) {
        return DIRECTORY + "/" + name + ".yaml";
    }

    /** The {@code description} of a shipped scenario, read from the packed copy. */
    static String description(String name) {
        YamlNode root = YamlFile.readResource(resource(name));
        return root.asOpenMap().find("description").map(YamlNode::asString).orElse("");
    }
}
