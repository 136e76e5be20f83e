package io.telesim.scenarios.model;

/** Top-ups of random subscribers' balances (a payment terminal or a bank card), in kopecks. */
public record TopUpTraffic(String name, RateProfile rate, Distribution amountKopecks) implements Traffic {

    @Override
    public TrafficKind kind() {
        return TrafficKind.TOP_UP;
    }

    @Override
    public TopUpTraffic withRate(RateProfile newRate) {
        return new TopUpTraffic(name, newRate, amountKopecks);
    }
}
