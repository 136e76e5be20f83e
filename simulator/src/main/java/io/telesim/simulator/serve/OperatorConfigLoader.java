package io.telesim.simulator.serve;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import io.telesim.billing.catalog.Catalog;
import io.telesim.engine.EngineSettings;
import io.telesim.engine.journal.FsyncPolicy;
import io.telesim.engine.pipeline.IdempotencyTable;
import io.telesim.simulator.catalog.CatalogLoader;
import io.telesim.simulator.input.BadInputException;
import io.telesim.simulator.yaml.Quantities;
import io.telesim.simulator.yaml.YamlFile;
import io.telesim.simulator.yaml.YamlMap;
import io.telesim.simulator.yaml.YamlNode;

/**
 * Reads the operator's configuration file ({@code config/telesim.example.yaml} explains every key). Every key
 * is optional and takes the default an absent file has; a mistake, an unknown key included, is reported as
 * {@code FILE:LINE: KEY: what is wrong}. Relative paths in the file are relative to the file's directory.
 */
public final class OperatorConfigLoader {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final Path DEFAULT_DATA_DIRECTORY = Path.of("data");

    private static final Map<String, Boolean> CLOCK_MODES = new TreeMap<>(Map.of("real", false, "simulated", true));

    private OperatorConfigLoader() {
    }

    /**
     * The operator without a configuration file: the demo subscribers, the built-in SMSC configuration, every
     * server on 127.0.0.1 at its usual port, data in {@code ./data}, a random admin token, real time.
     *
     * @param catalogFile the catalog to use, or null for the built-in one
     */
    public static OperatorConfig defaults(Path catalogFile) {
        Catalog catalog = catalogFile == null ? CatalogLoader.loadDefault() : CatalogLoader.load(catalogFile);
        try {
            DemoSubscribers.of(DemoSubscribers.DEFAULT_COUNT, catalog);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("telesim: " + e.getMessage() + "; switch them off in a --config file: subscribers: {demo: false}");
        }
        return new OperatorConfig(DEFAULT_HOST, DEFAULT_DATA_DIRECTORY, catalog, List.of(), DemoSubscribers.DEFAULT_COUNT,
                SmscConfigLoader.loadDefault().withHost(DEFAULT_HOST), new UssdConfig(UssdConfig.DEFAULT_PORT, Map.of()),
                WebConfig.onPort(WebConfig.DEFAULT_PORT), EngineSettings.defaults(), ClockConfig.REAL);
    }

    private static final String[] ENGINE_KEYS = {"fsync", "max_accounts", "idempotency_window", "live_state"};

    /**
     * Reads a configuration file.
     *
     * @param catalogFile a catalog that replaces the one the file names (the command line's {@code --catalog}), or null
     */
    public static OperatorConfig load(Path file, Path catalogFile) {
        return read(YamlFile.read(file), file.toAbsolutePath().getParent(), catalogFile);
    }

    /** Reads a configuration document whose relative paths are relative to {@code directory}. */
    private static OperatorConfig read(YamlNode root, Path directory, Path catalogFile) {
        YamlMap map = root.asMap("host", "data_dir", "in_memory", "catalog", "subscribers", "smpp", "ussd", "web", "engine", "clock");
        String host = map.find("host").map(OperatorConfigLoader::host).orElse(DEFAULT_HOST);
        Catalog catalog = catalogFile != null ? CatalogLoader.load(catalogFile)
                : map.find("catalog").map(node -> CatalogLoader.load(existingFile(node, directory))).orElseGet(CatalogLoader::loadDefault);
        SubscribersSection subscribers = map.find("subscribers").map(node -> SubscribersSection.read(node, catalog, directory))
                .orElseGet(() -> SubscribersSection.demoOnly(catalog, root));
        SmscConfig builtIn = SmscConfigLoader.loadDefault().withHost(host);
        SmscConfig smsc = map.find("smpp").map(node -> SmscConfigLoader.readSection(node, builtIn)).orElse(builtIn);
        UssdConfig ussd = map.find("ussd").map(OperatorConfigLoader::ussd).orElse(new UssdConfig(UssdConfig.DEFAULT_PORT, Map.of()));
        WebConfig web = map.find("web").map(OperatorConfigLoader::web).orElse(WebConfig.onPort(WebConfig.DEFAULT_PORT));
        Optional<YamlMap> engineSection = map.find("engine").map(node -> node.asMap(ENGINE_KEYS));
        EngineSettings engine = engineSection.map(section -> engine(section, directory)).orElse(EngineSettings.defaults());
        ClockConfig clock = map.find("clock").map(OperatorConfigLoader::clock).orElse(ClockConfig.REAL);
        Path data = dataDirectory(map, directory);
        if (data == null && engine.liveState() != null) {
            throw engineSection.get().get("live_state").error("a live state directory is not used with in_memory: true; remove one of them");
        }
        return new OperatorConfig(host, data, catalog, subscribers.listed(), subscribers.demo(), smsc, ussd, web,
                engine, clock);
    }

    /** A file the configuration names, relative to the configuration's directory; it must exist. */
    static Path existingFile(YamlNode node, Path directory) {
        Path file = resolve(node, directory);
        if (!Files.isRegularFile(file)) {
            throw node.error(Files.isDirectory(file) ? file + " is a directory, not a file" : "no such file: " + file);
        }
        return file;
    }

    /** A path the configuration names, relative to the configuration's directory (to the working directory without a file). */
    private static Path resolve(YamlNode node, Path directory) {
        return directory == null ? Path.of(node.asString()) : directory.resolve(node.asString()).normalize();
    }

    /** A directory the configuration names, relative to the configuration's directory; it must exist. */
    private static Path existingDirectory(YamlNode node, Path directory) {
        Path path = resolve(node, directory);
        if (!Files.isDirectory(path)) {
            throw node.error(Files.exists(path) ? path + " is a file, not a directory" : "no such directory: " + path);
        }
        return path;
    }

    /** An address, not a name: looking a name up would ask a DNS server, and nothing here talks to other machines. */
    private static String host(YamlNode node) {
        String host = node.asString();
        boolean ipv4 = host.matches("\\d{1,3}(\\.\\d{1,3}){3}");
        if (!(ipv4 || host.contains(":") || host.equals("localhost"))) {
            throw node.error("'" + host + "' is not an IP address such as 127.0.0.1 (names other than localhost are not looked up)");
        }
        return host;
    }

    private static Path dataDirectory(YamlMap map, Path directory) {
        boolean inMemory = map.find("in_memory").map(YamlNode::asBoolean).orElse(false);
        if (inMemory && map.has("data_dir")) {
            throw map.get("data_dir").error("a data directory is not used with in_memory: true; remove one of them");
        }
        if (inMemory) {
            return null;
        }
        return map.find("data_dir").map(node -> resolve(node, directory))
                .orElse(DEFAULT_DATA_DIRECTORY);
    }

    private static UssdConfig ussd(YamlNode node) {
        YamlMap map = node.asMap("port", "apps");
        return new UssdConfig(map.find("port").map(OperatorConfigLoader::port).orElse(UssdConfig.DEFAULT_PORT),
                map.find("apps").map(UssdAppsFile::routes).orElse(Map.of()));
    }

    private static WebConfig web(YamlNode node) {
        YamlMap map = node.asMap("port", "token");
        int port = map.find("port").map(OperatorConfigLoader::port).orElse(WebConfig.DEFAULT_PORT);
        if (!map.has("token")) {
            return WebConfig.onPort(port);
        }
        YamlNode token = map.get("token");
        if (token.asString().length() < WebConfig.MIN_TOKEN_LENGTH || token.asString().contains(" ")) {
            throw token.error("an admin token is at least " + WebConfig.MIN_TOKEN_LENGTH + " characters without spaces");
        }
        return new WebConfig(port, token.asString(), false);
    }

    private static EngineSettings engine(YamlMap map, Path directory) {
        EngineSettings settings = EngineSettings.defaults();
        if (map.has("fsync")) {
            settings = settings.withFsync(map.get("fsync").parse(OperatorConfigLoader::fsync));
        }
        if (map.has("max_accounts")) {
            settings = settings.withMaxAccounts(map.get("max_accounts").asLong(1, 100_000_000));
        }
        if (map.has("idempotency_window")) {
            settings = settings.withIdempotencyWindow(map.get("idempotency_window").asInt(1, IdempotencyTable.MAX_CAPACITY));
        }
        if (map.has("live_state")) {
            settings = settings.withLiveState(existingDirectory(map.get("live_state"), directory));
        }
        return settings;
    }

    private static FsyncPolicy fsync(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "none" -> FsyncPolicy.NONE;
            case "per_batch" -> FsyncPolicy.PER_BATCH;
            default -> {
                Duration period;
                try {
                    period = Quantities.parseDuration(text);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("'" + text + "' is not none, per_batch or an interval like 1 s");
                }
                yield FsyncPolicy.interval(period);
            }
        };
    }

    private static ClockConfig clock(YamlNode node) {
        YamlMap map = node.asMap("mode", "start", "speed");
        boolean simulated = map.find("mode").map(mode -> mode.asChoice(CLOCK_MODES)).orElse(false);
        for (String key : List.of("start", "speed")) {
            if (!simulated && map.has(key)) {
                throw map.get(key).error("only a simulated clock has a " + key + " (mode: simulated)");
            }
        }
        return new ClockConfig(simulated, map.find("start").map(start -> start.parse(ClockConfig::parseInstant)).orElse(null),
                map.find("speed").map(speed -> speed.parse(ClockConfig::parseSpeed)).orElse(1.0));
    }

    private static int port(YamlNode node) {
        return node.asInt(0, 65_535);
    }
}
