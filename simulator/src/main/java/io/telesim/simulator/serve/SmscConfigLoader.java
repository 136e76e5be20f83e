package io.telesim.simulator.serve;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsmpp.bean.BindType;

import io.telesim.billing.number.Msisdn;
import io.telesim.simulator.yaml.YamlFile;
import io.telesim.simulator.yaml.YamlMap;
import io.telesim.simulator.yaml.YamlNode;
import io.telesim.smpp.client.OutboundSettings;
import io.telesim.smpp.server.EsmeAccount;
import io.telesim.smpp.server.SmscSettings;

/**
 * Reads the SMS centre's configuration (YAML; the format is described in {@value #DEFAULT_RESOURCE}).
 * Every error names the file, the line and the item, as the catalog loader's do.
 */
public final class SmscConfigLoader {

    public static final String DEFAULT_RESOURCE = "smsc/default-smsc.yaml";
    private static final String[] SECTION_KEYS = {"port", "esmes", "outbound", "validity", "max_validity", "retry_intervals"};
    private static final String[] FILE_KEYS = {"host", "port", "esmes", "outbound", "validity", "max_validity", "retry_intervals"};
    private static final Map<String, BindType> BIND_TYPES = Map.of("TX", BindType.BIND_TX, "RX", BindType.BIND_RX, "TRX", BindType.BIND_TRX);

    private SmscConfigLoader() {
    }

    public static SmscConfig loadDefault() {
        return read(YamlFile.readResource(DEFAULT_RESOURCE));
    }

    public static SmscConfig load(Path file) {
        return read(YamlFile.read(file));
    }

    static SmscConfig read(YamlNode root) {
        YamlMap map = root.asMap(FILE_KEYS);
        String host = map.find("host").map(YamlNode::asString).orElse("127.0.0.1");
        return read(map, new SmscConfig(host, SmscSettings.DEFAULT_PORT, List.of(), null, Duration.ofHours(24), Duration.ofDays(7),
                List.of(Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(5))));
    }

    /**
     * The {@code smpp} section of the operator's configuration: the keys of an SMSC file but {@code host}
     * (the operator has one host for every server); each key absent keeps the value of {@code defaults}.
     */
    public static SmscConfig readSection(YamlNode section, SmscConfig defaults) {
        return read(section.asMap(SECTION_KEYS), defaults);
    }

    private static SmscConfig read(YamlMap map, SmscConfig defaults) {
        int port = map.find("port").map(node -> node.asInt(0, 65_535)).orElse(defaults.port());
        List<EsmeAccount> esmes = defaults.esmes();
        if (map.has("esmes")) {
            esmes = new ArrayList<>();
            for (YamlNode node : map.list("esmes")) {
                esmes.add(node.build(() -> esme(node)));
            }
            if (esmes.stream().map(EsmeAccount::systemId).distinct().count() != esmes.size()) {
                throw map.get("esmes").error("two ESMEs have the same system_id");
            }
        }
        OutboundSettings outbound = map.find("outbound").map(node -> node.build(() -> outbound(node))).orElse(defaults.outbound());
        Duration validity = map.find("validity").map(YamlNode::asDuration).orElse(defaults.validity());
        Duration maxValidity = map.find("max_validity").map(YamlNode::asDuration).orElse(defaults.maxValidity());
        List<Duration> retries = map.has("retry_intervals") ? map.list("retry_intervals").stream().map(YamlNode::asDuration).toList()
                : defaults.retryIntervals();
        if (retries.isEmpty()) {
            throw map.get("retry_intervals").error("give at least one retry interval");
        }
        return new SmscConfig(defaults.host(), port, List.copyOf(esmes), outbound, validity, maxValidity, retries);
    }

    private static EsmeAccount esme(YamlNode node) {
        YamlMap map = node.asMap("system_id", "password", "bind_types", "max_binds", "allowed_sources", "max_per_second",
                "billing_account", "short_numbers", "handset_gateway");
        Set<BindType> types = EnumSet.noneOf(BindType.class);
        List<YamlNode> typeNodes = map.has("bind_types") ? map.list("bind_types") : List.of();
        for (YamlNode type : typeNodes) {
            types.add(type.asChoice(BIND_TYPES));
        }
        if (typeNodes.isEmpty()) {
            types.addAll(BIND_TYPES.values());
        }
        long billingAccount = map.find("billing_account").filter(n -> !n.text().isBlank()).map(n -> n.parse(Msisdn::parseValue)).orElse(0L);
        // a handset gateway is the radio network's side: its messages are the handsets' own, each paid by its sender
        boolean handsetGateway = map.find("handset_gateway").map(YamlNode::asBoolean).orElse(false);
        if (handsetGateway && billingAccount != 0) {
            throw map.get("billing_account").error("a handset gateway carries SMS their senders pay for: give it no billing_account");
        }
        return new EsmeAccount(map.get("system_id").asString(), map.get("password").asString(), types,
                map.find("max_binds").map(n -> n.asInt(1, 1_000)).orElse(8),
                map.list("allowed_sources").stream().map(YamlNode::asString).toList(),
                map.find("max_per_second").map(n -> n.asInt(0, 1_000_000)).orElse(0), billingAccount,
                map.list("short_numbers").stream().map(YamlNode::asString).toList(), handsetGateway);
    }

    private static OutboundSettings outbound(YamlNode node) {
        YamlMap map = node.asMap("host", "port", "system_id", "password", "bind_type", "window", "max_per_second");
        OutboundSettings settings = OutboundSettings.defaults(map.get("host").asString(), map.get("port").asInt(1, 65_535),
                map.get("system_id").asString(), map.get("password").asString());
        if (map.has("bind_type")) {
            settings = settings.withBindType(map.get("bind_type").asChoice(BIND_TYPES));
        }
        if (map.has("window")) {
            settings = settings.withWindow(map.get("window").asInt(1, 10_000));
        }
        if (map.has("max_per_second")) {
            settings = settings.withMaxPerSecond(map.get("max_per_second").asInt(0, 1_000_000));
        }
        return settings;
    }
}
