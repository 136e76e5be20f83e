package io.telesim.scenarios.model;

/** Requests for a promised payment (a short-term credit) by random subscribers, in kopecks. */
public record PromisedPaymentTraffic(String name, RateProfile rate, Distribution amountKopecks) implements Traffic {

    @Override
    public TrafficKind kind() {
        return TrafficKind.PROMISED_PAYMENT;
    }

    @Override
    public PromisedPaymentTraffic withRate(RateProfile newRate) {
        return new PromisedPaymentTraffic(name, newRate, amountKopecks);
    }
}
