package io.telesim.scenarios.model;

import java.time.Duration;
import java.util.List;

/**
 * A load test: who the subscribers are, what they do and what must hold, read from a scenario file
 * ({@code scenarios/README.md} describes every key). The run lasts {@code warmup + duration}; only events due after
 * the warm-up are measured.
 *
 * @param source where it was read from, for reports
 */
public record Scenario(String name, String description, String source, long seed, Duration duration, Duration warmup, Duration rampUp,
                       CatalogSettings catalog, Population population, List<Traffic> traffic, Expectations expect) {

    public Scenario {
        traffic = List.copyOf(traffic);
    }

    public Duration total() {
        return warmup.plus(duration);
    }

    /** The same scenario with every rate multiplied by {@code factor}. */
    public Scenario withRateScale(double factor) {
        List<Traffic> scaled = traffic.stream().map(t -> t.withRate(t.rate().scaled(factor))).toList();
        return new Scenario(name, description, source, seed, duration, warmup, rampUp, catalog, population, scaled, expect);
    }

    /** The same scenario measured for {@code newDuration}. */
    public Scenario withDuration(Duration newDuration) {
        return new Scenario(name, description, source, seed, newDuration, warmup, rampUp, catalog, population, traffic, expect);
    }
}
