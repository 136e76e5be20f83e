package io.telesim.simulator.web.metrics;

import java.util.function.Supplier;

import io.prometheus.metrics.core.metrics.CounterWithCallback;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.telesim.smpp.centre.SmscStats;
import io.telesim.ussd.session.UssdSessions;

/**
 * The gateways' metrics, read when scraped: the SMPP server's binds and its SMS centre's messages (taken, refused,
 * and ended by final state), and the USSD gateway's open sessions and dials.
 */
final class GatewayCollectors {

    private GatewayCollectors() {
    }

    static void register(PrometheusRegistry registry, MetricsSources sources) {
        GaugeWithCallback.builder().name("telesim_smpp_binds").help("ESME sessions bound to the SMPP server now")
                .callback(callback -> callback.call(sources.smsc().boundSessions())).register(registry);
        Supplier<SmscStats> sms = () -> sources.smsc().centre().stats();
        CounterWithCallback.builder().name("telesim_sms_submitted")
                .help("SMS the SMS centre took for delivery (from ESMEs, handsets and Telesim's own senders)")
                .callback(callback -> callback.call(sms.get().accepted())).register(registry);
        CounterWithCallback.builder().name("telesim_sms_rejected").help("SMS the SMS centre refused to take")
                .callback(callback -> callback.call(sms.get().rejected())).register(registry);
        CounterWithCallback.builder().name("telesim_sms_finished").help("SMS that reached a final state, by state").labelNames("state")
                .callback(callback -> {
                    SmscStats stats = sms.get();
                    callback.call(stats.delivered(), "delivered");
                    callback.call(stats.expired(), "expired");
                    callback.call(stats.undeliverable(), "undeliverable");
                    callback.call(stats.deleted(), "deleted");
                }).register(registry);
        CounterWithCallback.builder().name("telesim_sms_receipts").help("Delivery receipts sent")
                .callback(callback -> callback.call(sms.get().receipts())).register(registry);
        GaugeWithCallback.builder().name("telesim_sms_pending").help("SMS taken and not yet in a final state")
                .callback(callback -> callback.call(sms.get().pending())).register(registry);
        UssdSessions ussd = sources.ussd().sessions();
        GaugeWithCallback.builder().name("telesim_ussd_sessions_open").help("USSD sessions open now")
                .callback(callback -> callback.call(ussd.openSessions())).register(registry);
        CounterWithCallback.builder().name("telesim_ussd_dials").help("USSD codes dialled, whether or not a session opened")
                .callback(callback -> callback.call(ussd.dials())).register(registry);
    }
}
