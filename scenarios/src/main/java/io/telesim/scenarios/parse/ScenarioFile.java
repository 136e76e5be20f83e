package io.telesim.scenarios.parse;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import io.telesim.billing.catalog.Catalog;
import io.telesim.scenarios.model.CatalogSettings;
import io.telesim.scenarios.model.Expectations;
import io.telesim.scenarios.model.Population;
import io.telesim.scenarios.model.Scenario;
import io.telesim.scenarios.model.Traffic;
import io.telesim.simulator.yaml.YamlFile;
import io.telesim.simulator.yaml.YamlMap;
import io.telesim.simulator.yaml.YamlNode;

/**
 * Reads scenario files (the format is {@code scenarios/README.md}). Anything wrong stops the read with a
 * {@link io.telesim.simulator.yaml.YamlException} that names the file, the line and what is wrong.
 */
public final class ScenarioFile {

    static final long DEFAULT_SEED = 1;
    static final Duration MAX_RUN = Duration.ofDays(7);

    private ScenarioFile() {
    }

    /** Reads a scenario file; a catalog it names is relative to the file's directory. */
    public static LoadedScenario read(Path file) {
        Path directory = file.toAbsolutePath().getParent();
        return read(YamlFile.read(file), directory, baseName(file.getFileName().toString()));
    }

    /** Reads a scenario shipped on the class path, such as {@code scenarios/smoke.yaml}. */
    public static LoadedScenario readResource(String resource) {
        InputStream in = ScenarioFile.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("the resource " + resource + " is missing from the class path");
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return read(reader, resource, Path.of("."));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a scenario from {@code reader}; {@code fileName} is what errors call it. */
    public static LoadedScenario read(Reader reader, String fileName, Path baseDirectory) {
        return read(YamlFile.read(reader, fileName), baseDirectory, baseName(Path.of(fileName).getFileName().toString()));
    }

    private static LoadedScenario read(YamlNode root, Path baseDirectory, String defaultName) {
        YamlMap map = root.asMap("name", "description", "seed", "duration", "warmup", "ramp_up", "catalog", "subscribers", "traffic",
                "expect");
        String name = map.find("name").map(YamlNode::asString).orElse(defaultName);
        String description = map.find("description").map(YamlNode::asString).orElse("");
        long seed = map.find("seed").map(n -> n.asLong(Long.MIN_VALUE, Long.MAX_VALUE)).orElse(DEFAULT_SEED);
        Duration duration = Values.positiveDuration(map.get("duration"));
        Duration warmup = map.find("warmup").map(Values::duration).orElse(Duration.ZERO);
        Duration rampUp = map.find("ramp_up").map(Values::duration).orElse(Duration.ZERO);
        if (duration.plus(warmup).compareTo(MAX_RUN) > 0) {
            throw map.get("duration").error("a run lasts at most 7 d, warm-up included");
        }
        if (rampUp.compareTo(duration.plus(warmup)) > 0) {
            throw map.get("ramp_up").error("the ramp-up is longer than the run");
        }
        CatalogSettings catalogSettings = map.find("catalog").map(n -> CatalogReader.read(n, baseDirectory)).orElse(CatalogSettings.BUILT_IN);
        Catalog catalog = map.find("catalog").map(n -> n.build(() -> CatalogReader.load(catalogSettings)))
                .orElseGet(() -> CatalogReader.load(catalogSettings));
        Population population = PopulationReader.read(map.get("subscribers"), catalog);
        List<Traffic> traffic = new TrafficReader(catalog, duration.plus(warmup)).read(map.get("traffic"));
        Expectations expect = map.find("expect").map(n -> ExpectReader.read(n, traffic)).orElse(ExpectReader.defaults());
        Scenario scenario = new Scenario(name, description, root.file(), seed, duration, warmup, rampUp, catalogSettings, population, traffic,
                expect);
        return new LoadedScenario(scenario, catalog);
    }

    private static String baseName(String fileName) {
        return fileName.endsWith(".yaml") ? fileName.substring(0, fileName.length() - 5)
                : fileName.endsWith(".yml") ? fileName.substring(0, fileName.length() - 4) : fileName;
    }
}
