package io.telesim.simulator.serve;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.telesim.billing.catalog.Catalog;
import io.telesim.billing.number.Msisdn;
import io.telesim.simulator.offline.Subscriber;
import io.telesim.simulator.offline.SubscriberFile;
import io.telesim.simulator.yaml.YamlMap;
import io.telesim.simulator.yaml.YamlNode;

/**
 * The {@code subscribers} section of the operator's configuration: {@code demo} (a count, or false), a CSV
 * {@code file} as {@link SubscriberFile} reads it, and a {@code list} of {@code {msisdn, tariff, balance}}.
 *
 * @param listed the file's subscribers, then the list's
 * @param demo   how many demo subscribers
 */
record SubscribersSection(List<Subscriber> listed, int demo) {

    /** No section: the demo subscribers only, whose numbers must be in {@code catalog}; errors are reported at {@code root}. */
    static SubscribersSection demoOnly(Catalog catalog, YamlNode root) {
        checkDemo(DemoSubscribers.DEFAULT_COUNT, catalog, root, "set subscribers: {demo: false}");
        return new SubscribersSection(List.of(), DemoSubscribers.DEFAULT_COUNT);
    }

    static SubscribersSection read(YamlNode node, Catalog catalog, Path directory) {
        YamlMap map = node.asMap("demo", "file", "list");
        int demo = map.find("demo").map(SubscribersSection::demoCount).orElse(DemoSubscribers.DEFAULT_COUNT);
        checkDemo(demo, catalog, map.find("demo").orElse(map.node()), "set demo: false");
        List<Subscriber> listed = new ArrayList<>();
        Map<Long, String> firstSeen = new HashMap<>();
        if (map.has("file")) {
            Path file = OperatorConfigLoader.existingFile(map.get("file"), directory);
            for (Subscriber subscriber : SubscriberFile.read(file, catalog)) {
                listed.add(subscriber);
                firstSeen.put(subscriber.msisdn(), file + " line " + subscriber.line());
            }
        }
        for (YamlNode item : map.list("list")) {
            Subscriber subscriber = listed(item, catalog);
            String first = firstSeen.putIfAbsent(subscriber.msisdn(), "line " + item.line());
            if (first != null) {
                throw item.error(new Msisdn(subscriber.msisdn()).formatted() + " is listed twice (first on " + first + ")");
            }
            listed.add(subscriber);
        }
        return new SubscribersSection(listed, demo);
    }

    private static void checkDemo(int count, Catalog catalog, YamlNode where, String remedy) {
        try {
            DemoSubscribers.of(count, catalog);
        } catch (IllegalArgumentException e) {
            throw where.error(e.getMessage() + "; " + remedy);
        }
    }

    /** A count, {@code true} for the usual count, or {@code false} for none. */
    private static int demoCount(YamlNode node) {
        return switch (node.asString()) {
            case "false" -> 0;
            case "true" -> DemoSubscribers.DEFAULT_COUNT;
            default -> node.asInt(0, DemoSubscribers.MAX_COUNT);
        };
    }

    private static Subscriber listed(YamlNode item, Catalog catalog) {
        YamlMap map = item.asMap("msisdn", "tariff", "balance");
        long msisdn = map.get("msisdn").parse(text -> SubscriberFile.ourNumber(text, catalog));
        int tariff = map.find("tariff").map(id -> id.parse(text -> SubscriberFile.tariffIndex(text, catalog))).orElse(catalog.defaultTariff());
        return new Subscriber(msisdn, tariff, map.get("balance").asKopecks(), item.line());
    }
}
