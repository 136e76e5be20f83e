package io.telesim.scenarios.model;

/** One kind of traffic in a scenario: its name in reports and expectations, its kind and its rate over the run. */
public sealed interface Traffic
        permits VoiceTraffic, SmsTraffic, DataTraffic, UssdTraffic, A2pTraffic, TopUpTraffic, PromisedPaymentTraffic {

    String name();

    TrafficKind kind();

    RateProfile rate();

    /** The same traffic at another rate. */
    Traffic withRate(RateProfile rate);
}
