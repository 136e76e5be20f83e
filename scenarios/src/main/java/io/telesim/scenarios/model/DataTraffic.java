package io.telesim.scenarios.model;

import java.time.Duration;

/**
 * Data sessions, charged online like calls: a reservation of {@code quotaBytes}, updates while the session goes on,
 * a commit of the bytes used; steps {@code updateEvery} apart.
 */
public record DataTraffic(String name, RateProfile rate, Distribution volumeBytes, long quotaBytes, Duration updateEvery)
        implements Traffic {

    @Override
    public TrafficKind kind() {
        return TrafficKind.DATA;
    }

    @Override
    public DataTraffic withRate(RateProfile newRate) {
        return new DataTraffic(name, newRate, volumeBytes, quotaBytes, updateEvery);
    }
}
