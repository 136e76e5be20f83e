package io.telesim.scenarios.model;

import java.time.Duration;
import java.util.Map;

/**
 * What one traffic must achieve: latency percentiles at most the given ones, refusals and errors at most the given
 * shares of its events, and at least the given share of the offered events sent on schedule. Absent limits are null.
 *
 * @param latency     percentile (50, 90, 99, 99.9, 100 for the maximum) to the most it may be
 * @param maxRefused  refusals by the operator (not enough money, a session ended early...) as a share of events
 * @param maxErrors   busy, throttled, timed-out or failed events as a share of events
 * @param minAchieved events sent as a share of events offered
 */
public record Slo(Map<Double, Duration> latency, Double maxRefused, Double maxErrors, Double minAchieved) {

    public Slo {
        latency = Map.copyOf(latency);
    }
}
