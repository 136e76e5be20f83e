package io.telesim.scenarios.model;

/**
 * USSD sessions over the gateway's HTTP protocol: a subscriber dials one of the scripts' codes, reads each screen for a
 * think time and answers as its script says; a session ended by the network before the script is done counts as
 * refused, with the screen's text as the reason.
 */
public record UssdTraffic(String name, RateProfile rate, WeightedChoice<UssdScript> scripts, Distribution thinkTimeMillis)
        implements Traffic {

    @Override
    public TrafficKind kind() {
        return TrafficKind.USSD;
    }

    @Override
    public UssdTraffic withRate(RateProfile newRate) {
        return new UssdTraffic(name, newRate, scripts, thinkTimeMillis);
    }
}
