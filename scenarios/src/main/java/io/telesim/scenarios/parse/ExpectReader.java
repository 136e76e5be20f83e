package io.telesim.scenarios.parse;

import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.telesim.scenarios.model.Expectations;
import io.telesim.scenarios.model.Invariant;
import io.telesim.scenarios.model.Slo;
import io.telesim.scenarios.model.Traffic;
import io.telesim.simulator.yaml.YamlMap;
import io.telesim.simulator.yaml.YamlNode;

/**
 * Reads {@code expect}: {@code slo} (per traffic name: p50, p90, p99, p999, max, max_refused, max_errors,
 * min_achieved), {@code invariants} ({@code all}, {@code none} or a list of their names) and {@code max_heap_growth}.
 */
final class ExpectReader {

    private static final Map<String, Double> PERCENTILES = Map.of("p50", 50.0, "p90", 90.0, "p99", 99.0, "p999", 99.9, "max", 100.0);

    private ExpectReader() {
    }

    /** What a scenario without an {@code expect} section expects: every invariant, no SLO. */
    static Expectations defaults() {
        return new Expectations(Map.of(), EnumSet.allOf(Invariant.class), null);
    }

    static Expectations read(YamlNode node, List<Traffic> traffic) {
        YamlMap map = node.asMap("slo", "invariants", "max_heap_growth");
        Map<String, Slo> slos = new LinkedHashMap<>();
        map.find("slo").ifPresent(sloNode -> {
            YamlMap byName = sloNode.asOpenMap();
            for (String name : byName.keys()) {
                YamlNode one = byName.get(name);
                if (traffic.stream().noneMatch(t -> t.name().equals(name))) {
                    throw one.error("no traffic is named '" + name + "'; the traffic: "
                            + String.join(", ", traffic.stream().map(Traffic::name).toList()));
                }
                slos.put(name, slo(one));
            }
        });
        Set<Invariant> invariants = map.find("invariants").map(ExpectReader::invariants).orElse(EnumSet.allOf(Invariant.class));
        Double growth = map.find("max_heap_growth").map(Values::growth).orElse(null);
        return new Expectations(slos, invariants, growth);
    }

    private static Slo slo(YamlNode node) {
        YamlMap map = node.asMap("p50", "p90", "p99", "p999", "max", "max_refused", "max_errors", "min_achieved");
        Map<Double, Duration> latency = new HashMap<>();
        PERCENTILES.forEach((key, percentile) -> map.find(key).ifPresent(n -> latency.put(percentile, Values.positiveDuration(n))));
        return new Slo(latency, map.find("max_refused").map(Values::share).orElse(null),
                map.find("max_errors").map(Values::share).orElse(null), map.find("min_achieved").map(Values::share).orElse(null));
    }

    private static Set<Invariant> invariants(YamlNode node) {
        if (node.isScalar()) {
            return switch (node.asString()) {
                case "all" -> EnumSet.allOf(Invariant.class);
                case "none" -> EnumSet.noneOf(Invariant.class);
                default -> throw node.error("'" + node.asString() + "' is not all, none or a list of: " + names());
            };
        }
        Map<String, Invariant> byKey = new LinkedHashMap<>();
        for (Invariant invariant : Invariant.values()) {
            byKey.put(invariant.key(), invariant);
        }
        Set<Invariant> invariants = EnumSet.noneOf(Invariant.class);
        for (YamlNode item : node.asList()) {
            invariants.add(item.asChoice(byKey));
        }
        return invariants;
    }

    private static String names() {
        return String.join(", ", Arrays.stream(Invariant.values()).map(Invariant::key).toList());
    }
}
