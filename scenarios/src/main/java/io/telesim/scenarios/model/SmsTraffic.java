package io.telesim.scenarios.model;

import io.telesim.billing.number.DestinationClass;

/**
 * SMS typed on subscribers' handsets, sent through the SMS centre's handset gateway over SMPP ({@code binds}
 * transceiver binds with a window of {@code window} each), each paid for by its sender.
 */
public record SmsTraffic(String name, RateProfile rate, WeightedChoice<DestinationClass> destinations, String text, int binds, int window)
        implements Traffic {

    @Override
    public TrafficKind kind() {
        return TrafficKind.SMS;
    }

    @Override
    public SmsTraffic withRate(RateProfile newRate) {
        return new SmsTraffic(name, newRate, destinations, text, binds, window);
    }
}
