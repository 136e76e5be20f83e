package io.telesim.scenarios.model;

import java.time.Duration;

import io.telesim.billing.number.DestinationClass;

/**
 * Calls as online-charged sessions: a reservation of {@code quotaSeconds}, an update for each further quota while the
 * call lasts, then a commit of the seconds used (a call the money runs out for is cut and committed as it stands).
 * The steps of a call follow each other {@code updateEvery} apart in real time, so a minutes-long call takes a fraction
 * of a second of the run.
 *
 * @param durationMillis how long calls last
 */
public record VoiceTraffic(String name, RateProfile rate, Distribution durationMillis, WeightedChoice<DestinationClass> destinations,
                           long quotaSeconds, Duration updateEvery) implements Traffic {

    @Override
    public TrafficKind kind() {
        return TrafficKind.VOICE;
    }

    @Override
    public VoiceTraffic withRate(RateProfile newRate) {
        return new VoiceTraffic(name, newRate, durationMillis, destinations, quotaSeconds, updateEvery);
    }
}
