package io.telesim.scenarios.model;

/**
 * Application-to-person SMS (one-time passwords, notices) from an ESME over real SMPP binds to random subscribers,
 * with delivery receipts when {@code receipts} is set.
 */
public record A2pTraffic(String name, RateProfile rate, EsmeLogin esme, String text, int binds, int window, boolean receipts)
        implements Traffic {

    @Override
    public TrafficKind kind() {
        return TrafficKind.A2P;
    }

    @Override
    public A2pTraffic withRate(RateProfile newRate) {
        return new A2pTraffic(name, newRate, esme, text, binds, window, receipts);
    }
}
