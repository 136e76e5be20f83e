package io.telesim.simulator.web.metrics;

import java.io.ByteArrayOutputStream;

import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.telesim.simulator.web.OperatorServices;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code GET /metrics}: the operator's metrics in the Prometheus text exposition format 0.0.4 (the Prometheus Java
 * client's model and writer): the engine, the SMPP and USSD gateways, and the web server's own requests. One
 * registry per web server, so several operators in one JVM (tests) keep their numbers apart.
 *
 * <p>No token: the page holds counts only (routes appear as templates, never with a number in them), the server
 * listens on loopback, and a scraper is simplest to point at it as it is.
 */
public final class OperatorMetrics {

    private final PrometheusRegistry registry = new PrometheusRegistry();
    private final PrometheusTextFormatWriter writer = PrometheusTextFormatWriter.create();
    private final HttpMetrics http;

    /** @param router the web server's router, whose routes name the HTTP series */
    public OperatorMetrics(OperatorServices services, Router router) {
        EngineCollectors.register(registry, services.engine());
        if (services.gateways() != null) {
            GatewayCollectors.register(registry, services.gateways());
        }
        this.http = new HttpMetrics(registry, new RouteTemplates(router));
    }

    /** Counts every request: mount it before every other handler. */
    public Handler<RoutingContext> httpRequests() {
        return http;
    }

    /** Answers a scrape; the engine's histograms are copied and written off the event loop. */
    public void scrape(RoutingContext ctx) {
        ctx.vertx().executeBlocking(() -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
            writer.write(out, registry.scrape());
            return Buffer.buffer(out.toByteArray());
        }, false).onSuccess(text -> ctx.response().putHeader("Content-Type", PrometheusTextFormatWriter.CONTENT_TYPE)
                .putHeader("Cache-Control", "no-store").end(text)).onFailure(ctx::fail);
    }
}
