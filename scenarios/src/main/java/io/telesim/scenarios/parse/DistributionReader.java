package io.telesim.scenarios.parse;

import java.util.ArrayList;
import java.util.List;

import io.telesim.scenarios.model.Distribution;
import io.telesim.scenarios.model.ExponentialDistribution;
import io.telesim.scenarios.model.FixedValue;
import io.telesim.scenarios.model.MixedDistribution;
import io.telesim.scenarios.model.NormalDistribution;
import io.telesim.scenarios.model.UniformDistribution;
import io.telesim.scenarios.model.WeightedChoice;
import io.telesim.simulator.yaml.YamlMap;
import io.telesim.simulator.yaml.YamlNode;

/**
 * Reads a distribution: a single value ({@code 90 s}), or a map naming its {@code distribution}: {@code uniform}
 * (min, max), {@code exponential} (mean, optional max: 20 times the mean), {@code normal} (mean, stddev, optional min
 * and max) or {@code mix} (parts: a list of {share, value}, each value a distribution).
 */
final class DistributionReader {

    private static final List<String> KINDS = List.of("uniform", "exponential", "normal", "mix");
    private static final int EXPONENTIAL_CAP = 20;

    private DistributionReader() {
    }

    static Distribution read(YamlNode node, Quantity quantity) {
        if (node.isScalar()) {
            return new FixedValue(quantity.read(node));
        }
        if (!node.isMap()) {
            throw node.error("expected " + quantity.example() + ", or a map with 'distribution: uniform | exponential | normal | mix'");
        }
        String kind = node.asOpenMap().get("distribution").asString();
        return switch (kind) {
            case "uniform" -> uniform(node.asMap("distribution", "min", "max"), quantity);
            case "exponential" -> exponential(node.asMap("distribution", "mean", "max"), quantity);
            case "normal" -> normal(node.asMap("distribution", "mean", "stddev", "min", "max"), quantity);
            case "mix" -> mix(node.asMap("distribution", "parts"), quantity);
            default -> throw node.asOpenMap().get("distribution").error("'" + kind + "' is not one of: " + String.join(", ", KINDS));
        };
    }

    private static Distribution uniform(YamlMap map, Quantity quantity) {
        long min = quantity.read(map.get("min"));
        long max = quantity.read(map.get("max"));
        if (max < min) {
            throw map.get("max").error("must be at least min");
        }
        return new UniformDistribution(min, max);
    }

    private static Distribution exponential(YamlMap map, Quantity quantity) {
        long mean = quantity.read(map.get("mean"));
        if (mean <= 0) {
            throw map.get("mean").error("must be more than zero");
        }
        long max = map.find("max").map(quantity::read).orElse(mean * EXPONENTIAL_CAP);
        if (max < mean) {
            throw map.get("max").error("must be at least the mean");
        }
        return new ExponentialDistribution(mean, max);
    }

    private static Distribution normal(YamlMap map, Quantity quantity) {
        long mean = quantity.read(map.get("mean"));
        long stddev = quantity.read(map.get("stddev"));
        long min = map.find("min").map(quantity::read).orElse(0L);
        long max = map.find("max").map(quantity::read).orElse(mean + 6 * stddev);
        if (mean < min || mean > max) {
            throw map.node().error("the mean must lie between min and max");
        }
        return new NormalDistribution(mean, stddev, min, max);
    }

    private static Distribution mix(YamlMap map, Quantity quantity) {
        List<Distribution> parts = new ArrayList<>();
        List<Double> shares = new ArrayList<>();
        List<YamlNode> items = map.get("parts").asList();
        if (items.isEmpty()) {
            throw map.get("parts").error("list at least one part: {share: 70%, value: ...}");
        }
        for (YamlNode item : items) {
            YamlMap part = item.asMap("share", "value");
            shares.add(Values.share(part.get("share")));
            parts.add(read(part.get("value"), quantity));
        }
        return new MixedDistribution(map.get("parts").build(() -> new WeightedChoice<>(parts, shares)));
    }
}
