package io.telesim.simulator.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jsmpp.bean.BindType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.telesim.engine.journal.FsyncPolicy;
import io.telesim.simulator.offline.Subscriber;
import io.telesim.simulator.yaml.YamlException;
import io.telesim.smpp.server.EsmeAccount;

class OperatorConfigLoaderTest {

    @TempDir
    Path dir;

    @Test
    void withoutAFileTheDefaultOperatorRuns() {
        OperatorConfig config = OperatorConfigLoader.defaults(null);

        assertEquals("127.0.0.1", config.host());
        assertEquals(Path.of("data"), config.dataDirectory());
        assertEquals("Telesim default catalog", config.catalog().name());
        assertEquals(1_000, config.demoSubscribers());
        assertTrue(config.subscribers().isEmpty());
        assertEquals("127.0.0.1", config.smsc().host());
        assertEquals(2775, config.smsc().port());
        assertEquals(List.of("demo", "bank", "handsets"), config.smsc().esmes().stream().map(EsmeAccount::systemId).toList());
        assertEquals(new UssdConfig(8090, Map.of()), config.ussd());
        assertEquals(8080, config.web().port());
        assertTrue(config.web().randomToken() && config.web().adminToken().matches("[0-9a-f]{32}"), config.web().adminToken());
        assertNotEquals(config.web().adminToken(), OperatorConfigLoader.defaults(null).web().adminToken(), "a new token every start");
        assertEquals(FsyncPolicy.NONE, config.engine().fsync());
        assertEquals(2_000_000, config.engine().maxAccounts());
        assertNull(config.engine().liveState(), "the live state is in the data directory unless configured");
        assertEquals(ClockConfig.REAL, config.clock());
    }

    @Test
    void everyKeyIsRead() throws IOException {
        Files.writeString(dir.resolve("people.csv"), "msisdn,tariff,balance_rub\n+7 921 000-00-01,payg,10.00\n");
        Files.writeString(dir.resolve("my-catalog.yaml"), defaultCatalogText().replace("name: Telesim default catalog", "name: Mine"));
        Files.createDirectories(dir.resolve("memory"));
        OperatorConfig config = load("""
                host: 127.0.0.2
                data_dir: state
                in_memory: false
                catalog: my-catalog.yaml
                subscribers:
                  demo: 20
                  file: people.csv
                  list:
                    - {msisdn: "+7 985 555-00-02", tariff: daily, balance: 12.34}
                    - {msisdn: "89855550003", balance: 0}
                smpp:
                  port: 2776
                  esmes:
                    - {system_id: shop, password: shop1234, bind_types: [TX], billing_account: "+7 916 100-00-05"}
                  outbound: {host: 127.0.0.1, port: 2777, system_id: out, password: secret, bind_type: TX, window: 4, max_per_second: 9}
                  validity: 2 h
                  max_validity: 1 d
                  retry_intervals: [5 s, 1 min]
                ussd:
                  port: 8091
                  apps:
                    "*123#": {url: "http://127.0.0.1:9000/ussd", notify: "http://127.0.0.1:9000/ended"}
                web:
                  port: 8081
                  token: s3cret-token
                engine:
                  fsync: 2 s
                  max_accounts: 5000
                  idempotency_window: 65536
                  live_state: memory
                clock:
                  mode: simulated
                  start: 2026-03-01T09:00:00+03:00
                  speed: 60
                """);

        assertEquals("127.0.0.2", config.host());
        assertEquals(dir.resolve("state"), config.dataDirectory());
        assertEquals(dir.resolve("memory"), config.engine().liveState(), "relative to the configuration's directory");
        assertEquals("Mine", config.catalog().name());
        assertEquals(20, config.demoSubscribers());
        List<Subscriber> listed = config.subscribers();
        assertEquals(List.of(79210000001L, 79855550002L, 79855550003L), listed.stream().map(Subscriber::msisdn).toList());
        assertEquals(config.catalog().tariffIndex("daily"), listed.get(1).tariff());
        assertEquals(1_234, listed.get(1).openingBalance());
        assertEquals(config.catalog().defaultTariff(), listed.get(2).tariff());
        SmscConfig smsc = config.smsc();
        assertEquals("127.0.0.2", smsc.host(), "one host for every server");
        assertEquals(2776, smsc.port());
        EsmeAccount shop = smsc.esmes().get(0);
        assertEquals(List.of("shop"), smsc.esmes().stream().map(EsmeAccount::systemId).toList());
        assertEquals(java.util.Set.of(BindType.BIND_TX), shop.bindTypes());
        assertEquals(79161000005L, shop.billingAccount());
        assertEquals(2777, smsc.outbound().port());
        assertEquals(4, smsc.outbound().window());
        assertEquals(Duration.ofHours(2), smsc.validity());
        assertEquals(Duration.ofDays(1), smsc.maxValidity());
        assertEquals(List.of(Duration.ofSeconds(5), Duration.ofMinutes(1)), smsc.retryIntervals());
        assertEquals(8091, config.ussd().port());
        assertEquals(Map.of("*123#", Map.of("url", "http://127.0.0.1:9000/ussd", "notify", "http://127.0.0.1:9000/ended")),
                config.ussd().apps());
        assertEquals(new WebConfig(8081, "s3cret-token", false), config.web());
        assertEquals(FsyncPolicy.interval(Duration.ofSeconds(2)), config.engine().fsync());
        assertEquals(5_000, config.engine().maxAccounts());
        assertEquals(65_536, config.engine().idempotencyWindow());
        assertEquals(new ClockConfig(true, Instant.parse("2026-03-01T06:00:00Z"), 60), config.clock());
    }

    @Test
    void smallChoicesHaveTheirOwnSpellings() {
        OperatorConfig config = load("""
                in_memory: true
                subscribers: {demo: false}
                engine: {fsync: per_batch}
                clock: {mode: simulated}
                """);

        assertNull(config.dataDirectory());
        assertEquals(0, config.demoSubscribers());
        assertEquals(FsyncPolicy.PER_BATCH, config.engine().fsync());
        assertEquals(new ClockConfig(true, null, 1), config.clock(), "starts when telesim starts, at real speed");
        assertEquals(2775, config.smsc().port(), "sections left out keep their defaults");
        assertEquals(3, config.smsc().esmes().size());
    }

    @Test
    void aCatalogOnTheCommandLineReplacesTheFilesOne() throws IOException {
        Path mine = Files.writeString(dir.resolve("mine.yaml"), defaultCatalogText().replace("name: Telesim default catalog", "name: Mine"));
        Path config = Files.writeString(dir.resolve("telesim.yaml"), "catalog: no-such-catalog.yaml\n");

        assertEquals("Mine", OperatorConfigLoader.load(config, mine).catalog().name());
    }

    @Test
    void anUnknownKeyIsNamedWithTheKnownOnes() {
        YamlException e = error("""
                host: 127.0.0.1
                smtp: {port: 2775}
                """);

        assertEquals(2, e.line());
        assertEquals("smtp", e.path());
        assertEquals("unknown key (did you mean 'smpp'?); known keys: host, data_dir, in_memory, catalog, subscribers, smpp, ussd, web,"
                + " engine, clock", e.problem());
        assertTrue(e.getMessage().startsWith(dir.resolve("telesim.yaml") + ":2: smtp: unknown key"), e.getMessage());
    }

    @Test
    void everyMistakeNamesItsLineAndKey() throws IOException {
        assertError("web:\n  port: 8080\n  tokn: abcdefgh\n", 3, "web.tokn", "unknown key (did you mean 'token'?); known keys: port, token");
        assertError("smpp:\n  host: 127.0.0.1\n", 2, "smpp.host", "unknown key");
        assertError("host: telesim.example.com\n", 1, "host", "is not an IP address");
        assertError("in_memory: true\ndata_dir: data\n", 2, "data_dir", "not used with in_memory: true");
        assertError("in_memory: yes\n", 1, "in_memory", "'yes' is not true or false");
        assertError("\ncatalog: missing.yaml\n", 2, "catalog", "no such file: " + dir.resolve("missing.yaml"));
        assertError("subscribers:\n  demo: 200000\n", 2, "subscribers.demo", "must be from 0 to 100000, got 200000");
        assertError("subscribers:\n  demo: maybe\n", 2, "subscribers.demo", "'maybe' is not a whole number");
        assertError("subscribers:\n  file: nobody.csv\n", 2, "subscribers.file", "no such file");
        assertError("subscribers:\n  list:\n    - {msisdn: \"+7 916 000-00-01\", balance: 1}\n    - {msisdn: \"+7 916 000-00-02\", tariff: gold, balance: 1}\n",
                4, "subscribers.list[1].tariff", "unknown tariff 'gold'; known tariffs: payg, smart, family, home, daily");
        assertError("subscribers:\n  list:\n    - {msisdn: \"+7 903 000-00-01\", balance: 1}\n", 3, "subscribers.list[0].msisdn",
                "+7 903 000-00-01 is not a number of our network");
        assertError("subscribers:\n  list:\n    - {msisdn: \"12345\", balance: 1}\n", 3, "subscribers.list[0].msisdn", "is not a Russian number");
        assertError("subscribers:\n  list:\n    - {msisdn: \"+7 916 000-00-01\", balance: 1}\n    - {msisdn: \"89160000001\", balance: 2}\n",
                4, "subscribers.list[1]", "+7 916 000-00-01 is listed twice (first on line 3)");
        assertError("subscribers:\n  list:\n    - {msisdn: \"+7 916 000-00-01\", balance: -5}\n", 3, "subscribers.list[0].balance", "is negative");
        assertError("subscribers:\n  list:\n    - {msisdn: \"+7 916 000-00-01\"}\n", 3, "subscribers.list[0].balance", "is required but missing");
        assertError("smpp:\n  port: 70000\n", 2, "smpp.port", "must be from 0 to 65535, got 70000");
        assertError("smpp:\n  esmes:\n    - {system_id: demo, password: much-too-long}\n", 3, "smpp.esmes[0]", "at most 8 characters");
        assertError("ussd:\n  apps:\n    \"*123#\": {url: \"http://10.0.0.1:9000/ussd\"}\n", 3, "ussd.apps.*123#", "is not a loopback address");
        assertError("ussd:\n  apps:\n    \"123#\": {url: \"http://127.0.0.1:9000/ussd\"}\n", 3, "ussd.apps.123#", "A USSD code starts with * and ends with #");
        assertError("ussd:\n  port: x\n", 2, "ussd.port", "'x' is not a whole number");
        assertError("web:\n  token: short\n", 2, "web.token", "at least 8 characters without spaces");
        assertError("engine:\n  fsync: sometimes\n", 2, "engine.fsync", "'sometimes' is not none, per_batch or an interval like 1 s");
        assertError("engine:\n  fsync: 0 s\n", 2, "engine.fsync", "must be positive");
        assertError("engine:\n  max_accounts: 0\n", 2, "engine.max_accounts", "must be from 1 to 100000000, got 0");
        assertError("engine:\n  idempotency_window: 100000000\n", 2, "engine.idempotency_window", "must be from 1 to 8388608");
        assertError("engine:\n  live_state: nowhere\n", 2, "engine.live_state", "no such directory: " + dir.resolve("nowhere"));
        assertError("in_memory: true\nengine:\n  live_state: .\n", 3, "engine.live_state", "not used with in_memory: true");
        assertError("clock:\n  mode: fast\n", 2, "clock.mode", "'fast' is not one of: real, simulated");
        assertError("clock:\n  speed: 60\n", 2, "clock.speed", "only a simulated clock has a speed (mode: simulated)");
        assertError("clock:\n  mode: simulated\n  start: 2026-03-01\n", 3, "clock.start", "is not an instant like 2026-03-01T09:00:00+03:00");
        assertError("clock:\n  mode: simulated\n  speed: -1\n", 3, "clock.speed", "'-1' is not a speed: a positive number like 60 or 0.5");
        assertError("clock:\n  mode: simulated\n  speed: 0\n", 3, "clock.speed", "is not a speed");
        assertError("smpp:\n  port: 2775\n    esmes: []\n", 3, "", "not valid YAML");
    }

    @Test
    void demoNumbersOutsideTheCatalogsNetworkAreRefused() throws IOException {
        Files.writeString(dir.resolve("elsewhere.yaml"), defaultCatalogText().replace("prefix: \"+7 916\"", "prefix: \"+7 915\""));

        assertError("catalog: elsewhere.yaml\n", 1, "", "the demo subscribers' numbers +7 916 100-00-01 to +7 916 100-10-00 are not all "
                + "numbers of our network in 'Telesim default catalog' (+7 916 100-00-01 is not); set subscribers: {demo: false}");
        assertError("catalog: elsewhere.yaml\nsubscribers:\n  demo: 5\n", 3, "subscribers.demo", "set demo: false");
        assertEquals(0, load("catalog: elsewhere.yaml\nsubscribers: {demo: false}\n").demoSubscribers());
    }

    private void assertError(String yaml, int line, String path, String problem) {
        YamlException e = error(yaml);
        assertEquals(line, e.line(), e.getMessage());
        assertEquals(path, e.path(), e.getMessage());
        assertTrue(e.problem().contains(problem), e.getMessage());
    }

    private YamlException error(String yaml) {
        return assertThrows(YamlException.class, () -> load(yaml), yaml);
    }

    private OperatorConfig load(String yaml) {
        try {
            return OperatorConfigLoader.load(Files.writeString(dir.resolve("telesim.yaml"), yaml), null);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static String defaultCatalogText() throws IOException {
        try (InputStream in = OperatorConfigLoaderTest.class.getClassLoader().getResourceAsStream("catalog/default-catalog.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
