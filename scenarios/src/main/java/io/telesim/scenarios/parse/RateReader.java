package io.telesim.scenarios.parse;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.telesim.scenarios.model.RateProfile;
import io.telesim.scenarios.model.Spike;
import io.telesim.simulator.yaml.YamlMap;
import io.telesim.simulator.yaml.YamlNode;

/**
 * Reads a traffic's {@code rate}: events per second ({@code 250}), or a map with {@code per_second}, an optional
 * {@code ramp_to} (the rate at the end of the run, reached in a straight line) and optional {@code spikes}, each
 * {@code {at: 30 s, for: 1 min, times: 20}} or {@code {at: ..., for: ..., rate: 5000}}.
 */
final class RateReader {

    private RateReader() {
    }

    static RateProfile read(YamlNode node, Duration runLength) {
        if (node.isScalar()) {
            return RateProfile.constant(Values.perSecond(node));
        }
        YamlMap map = node.asMap("per_second", "ramp_to", "spikes");
        double perSecond = Values.perSecond(map.get("per_second"));
        double rampTo = map.find("ramp_to").map(Values::perSecond).orElse(perSecond);
        List<Spike> spikes = new ArrayList<>();
        for (YamlNode item : map.list("spikes")) {
            spikes.add(spike(item, runLength));
        }
        return new RateProfile(perSecond, rampTo, spikes);
    }

    private static Spike spike(YamlNode node, Duration runLength) {
        YamlMap map = node.asMap("at", "for", "times", "rate");
        Duration at = Values.duration(map.get("at"));
        if (at.compareTo(runLength) >= 0) {
            throw map.get("at").error("the run lasts " + runLength.toSeconds() + " s (warm-up included): a spike at "
                    + at.toSeconds() + " s never comes");
        }
        Duration length = Values.positiveDuration(map.get("for"));
        if (map.has("times") == map.has("rate")) {
            throw node.error("give either 'times' (the rate multiplied) or 'rate' (per second during the spike)");
        }
        double times = map.find("times").map(n -> Values.decimal(n, "a factor like 20")).orElse(0.0);
        double rate = map.find("rate").map(Values::perSecond).orElse(0.0);
        if (map.has("times") && times <= 0) {
            throw map.get("times").error("must be more than zero");
        }
        if (map.has("rate") && rate <= 0) {
            throw map.get("rate").error("must be more than zero");
        }
        return new Spike(at, length, times, rate);
    }
}
