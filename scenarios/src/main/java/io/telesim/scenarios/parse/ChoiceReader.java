package io.telesim.scenarios.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import io.telesim.billing.number.DestinationClass;
import io.telesim.scenarios.model.WeightedChoice;
import io.telesim.simulator.yaml.YamlMap;
import io.telesim.simulator.yaml.YamlNode;

/** Reads maps of shares that add up to 100%, such as {@code {smart: 60%, payg: 40%}}. */
final class ChoiceReader {

    /** Where calls and SMS go, by the keys scenario files use. */
    static final Map<String, DestinationClass> DESTINATIONS = Map.of("on_net", DestinationClass.ON_NET, "off_net", DestinationClass.OFF_NET,
            "other_region", DestinationClass.OTHER_REGION, "international", DestinationClass.INTERNATIONAL);

    private ChoiceReader() {
    }

    /** A map of destination classes to shares. */
    static WeightedChoice<DestinationClass> destinations(YamlNode node) {
        YamlMap map = node.asMap("on_net", "off_net", "other_region", "international");
        return read(node, map, (key, value) -> DESTINATIONS.get(key));
    }

    /** A map of any keys to shares; {@code option} turns a key (and its value node, for errors) into an option. */
    static <T> WeightedChoice<T> read(YamlNode node, YamlMap map, BiFunction<String, YamlNode, T> option) {
        List<T> options = new ArrayList<>();
        List<Double> shares = new ArrayList<>();
        for (String key : map.keys()) {
            YamlNode value = map.get(key);
            options.add(option.apply(key, value));
            shares.add(Values.share(value));
        }
        if (options.isEmpty()) {
            throw node.error("give at least one share, like {key: 100%}");
        }
        return node.build(() -> new WeightedChoice<>(options, shares));
    }
}
