package io.telesim.scenarios.parse;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.telesim.billing.catalog.Catalog;
import io.telesim.billing.number.DestinationClass;
import io.telesim.scenarios.model.A2pTraffic;
import io.telesim.scenarios.model.DataTraffic;
import io.telesim.scenarios.model.Distribution;
import io.telesim.scenarios.model.FixedValue;
import io.telesim.scenarios.model.PromisedPaymentTraffic;
import io.telesim.scenarios.model.RateProfile;
import io.telesim.scenarios.model.SmsTraffic;
import io.telesim.scenarios.model.TopUpTraffic;
import io.telesim.scenarios.model.Traffic;
import io.telesim.scenarios.model.TrafficKind;
import io.telesim.scenarios.model.UssdScript;
import io.telesim.scenarios.model.UssdTraffic;
import io.telesim.scenarios.model.VoiceTraffic;
import io.telesim.scenarios.model.WeightedChoice;
import io.telesim.simulator.yaml.YamlMap;
import io.telesim.simulator.yaml.YamlNode;

/** Reads the {@code traffic} list: one map per kind of traffic, its keys depending on its {@code type}. */
final class TrafficReader {

    static final Duration DEFAULT_UPDATE_EVERY = Duration.ofMillis(100);
    static final long DEFAULT_VOICE_QUOTA_SECONDS = 60;
    static final long DEFAULT_DATA_QUOTA_BYTES = 10L << 20;
    static final String DEFAULT_SMS_TEXT = "See you at six";
    static final long DEFAULT_THINK_TIME_MILLIS = 1_000;
    static final String DEFAULT_A2P_TEXT = "Your code is 4096. Do not tell it to anyone.";

    private final Catalog catalog;
    private final Duration runLength;

    TrafficReader(Catalog catalog, Duration runLength) {
        this.catalog = catalog;
        this.runLength = runLength;
    }

    List<Traffic> read(YamlNode node) {
        List<Traffic> traffic = new ArrayList<>();
        Map<String, YamlNode> names = new HashMap<>();
        for (YamlNode item : node.asList()) {
            Traffic one = readOne(item);
            YamlNode first = names.putIfAbsent(one.name(), item);
            if (first != null) {
                throw item.error("a second traffic named '" + one.name() + "' (the first is on line " + first.line()
                        + "); give one of them a 'name'");
            }
            traffic.add(one);
        }
        if (traffic.isEmpty()) {
            throw node.error("list at least one kind of traffic");
        }
        return traffic;
    }

    private Traffic readOne(YamlNode item) {
        YamlNode typeNode = item.asOpenMap().get("type");
        TrafficKind kind = typeNode.asChoice(kinds());
        YamlMap map = item.asMap(keys(kind));
        String name = map.find("name").map(YamlNode::asString).orElse(kind.key());
        RateProfile rate = RateReader.read(map.get("rate"), runLength);
        return switch (kind) {
            case VOICE -> new VoiceTraffic(name, rate, DistributionReader.read(map.get("duration"), Quantity.DURATION),
                    destinations(map), map.find("quota").map(n -> Values.positiveDuration(n).toSeconds()).orElse(DEFAULT_VOICE_QUOTA_SECONDS),
                    updateEvery(map));
            case DATA -> new DataTraffic(name, rate, DistributionReader.read(map.get("volume"), Quantity.BYTES),
                    map.find("quota").map(TrafficReader::positiveBytes).orElse(DEFAULT_DATA_QUOTA_BYTES), updateEvery(map));
            case SMS -> new SmsTraffic(name, rate, destinations(map), map.find("text").map(YamlNode::asString).orElse(DEFAULT_SMS_TEXT),
                    binds(map), window(map));
            case USSD -> new UssdTraffic(name, rate, scripts(map.get("codes")),
                    map.find("think_time").map(n -> DistributionReader.read(n, Quantity.DURATION))
                            .orElse(new FixedValue(DEFAULT_THINK_TIME_MILLIS)));
            case A2P -> new A2pTraffic(name, rate, EsmeReader.read(map.find("esme"), catalog),
                    map.find("text").map(YamlNode::asString).orElse(DEFAULT_A2P_TEXT), binds(map), window(map),
                    map.find("receipts").map(YamlNode::asBoolean).orElse(true));
            case TOP_UP -> new TopUpTraffic(name, rate, positiveMoney(map.get("amount")));
            case PROMISED_PAYMENT -> new PromisedPaymentTraffic(name, rate, positiveMoney(map.get("amount")));
        };
    }

    private static Map<String, TrafficKind> kinds() {
        Map<String, TrafficKind> kinds = new LinkedHashMap<>();
        for (TrafficKind kind : TrafficKind.values()) {
            kinds.put(kind.key(), kind);
        }
        return kinds;
    }

    private static String[] keys(TrafficKind kind) {
        List<String> keys = new ArrayList<>(List.of("type", "name", "rate"));
        keys.addAll(Arrays.asList(switch (kind) {
            case VOICE -> new String[] {"duration", "destinations", "quota", "update_every"};
            case DATA -> new String[] {"volume", "quota", "update_every"};
            case SMS -> new String[] {"destinations", "text", "binds", "window"};
            case USSD -> new String[] {"codes", "think_time"};
            case A2P -> new String[] {"esme", "text", "binds", "window", "receipts"};
            case TOP_UP, PROMISED_PAYMENT -> new String[] {"amount"};
        }));
        return keys.toArray(String[]::new);
    }

    private static WeightedChoice<DestinationClass> destinations(YamlMap map) {
        return map.find("destinations").map(ChoiceReader::destinations).orElse(WeightedChoice.only(DestinationClass.ON_NET));
    }

    private static Duration updateEvery(YamlMap map) {
        return map.find("update_every").map(Values::duration).orElse(DEFAULT_UPDATE_EVERY);
    }

    private static int binds(YamlMap map) {
        return map.find("binds").map(n -> n.asInt(1, 16)).orElse(2);
    }

    private static int window(YamlMap map) {
        return map.find("window").map(n -> n.asInt(1, 1024)).orElse(32);
    }

    private static long positiveBytes(YamlNode node) {
        long bytes = node.asBytes();
        if (bytes == 0) {
            throw node.error("must be more than 0 B");
        }
        return bytes;
    }

    private static Distribution positiveMoney(YamlNode node) {
        Distribution amount = DistributionReader.read(node, Quantity.MONEY);
        if (amount.average() <= 0) {
            throw node.error("amounts must be more than 0.00");
        }
        return amount;
    }

    private static WeightedChoice<UssdScript> scripts(YamlNode node) {
        List<UssdScript> scripts = new ArrayList<>();
        List<Double> shares = new ArrayList<>();
        List<YamlNode> items = node.asList();
        if (items.isEmpty()) {
            throw node.error("list at least one code, like {code: \"*100#\", share: 100%}");
        }
        for (YamlNode item : items) {
            YamlMap map = item.asMap("code", "share", "answers");
            String code = map.get("code").asString();
            if (!code.startsWith("*") || !code.endsWith("#")) {
                throw map.get("code").error("'" + code + "' is not a USSD code like \"*100#\" (in quotes)");
            }
            List<String> answers = new ArrayList<>();
            for (YamlNode answer : map.list("answers")) {
                answers.add(answer.asString());
            }
            scripts.add(new UssdScript(code, answers));
            shares.add(items.size() == 1 && !map.has("share") ? 1.0 : Values.share(map.get("share")));
        }
        return node.build(() -> new WeightedChoice<>(scripts, shares));
    }
}
