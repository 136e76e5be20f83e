package io.telesim.simulator.web;

import java.util.function.LongSupplier;

import io.telesim.billing.catalog.Catalog;
import io.telesim.engine.Engine;
import io.telesim.engine.NotificationFanOut;
import io.telesim.engine.clock.EngineClock;
import io.telesim.engine.handset.Handsets;
import io.telesim.simulator.web.http.EngineCalls;
import io.telesim.simulator.web.metrics.MetricsSources;
import io.telesim.simulator.web.store.KeyValueStore;
import io.telesim.smpp.centre.ServiceSenders;

/**
 * What the web server's routes use of the running operator.
 *
 * @param calls the engine with fresh command ids for the web side
 * @param clock the operator's clock: billing time (business days, statements), possibly simulated
 * @param wallClock real epoch milliseconds, for what protects logins (code expiry, rate limits, sessions)
 * @param store the web side's own durable state
 * @param gateways the SMPP server and the USSD gateway, for what {@code /metrics} tells of them
 * @param notifications the engine's notices: a feature that acts on them adds its sink (called on the engine's
 *                      output thread, so it hands the work on and returns at once)
 */
public record OperatorServices(EngineCalls calls, Handsets handsets, ServiceSenders senders, EngineClock clock,
                               LongSupplier wallClock, KeyValueStore store, MetricsSources gateways,
                               NotificationFanOut notifications) {

    public Engine engine() {
        return calls.engine();
    }

    public Catalog catalog() {
        return calls.engine().catalog();
    }
}
