package io.telesim.simulator.web.metrics;

import java.util.Set;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;

/**
 * Counts the web server's answered requests by method, route template and status, and times them from the first
 * handler to the last byte of the response written (a connection closed before the answer counts nothing). Mounted before every other handler, so refusals of the body limit, the CSRF check
 * and unknown routes count too.
 */
final class HttpMetrics implements Handler<RoutingContext> {

    private static final Set<HttpMethod> KNOWN_METHODS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.POST, HttpMethod.PUT,
            HttpMethod.DELETE, HttpMethod.PATCH, HttpMethod.OPTIONS);

    private final RouteTemplates routes;
    private final Counter requests;
    private final Histogram duration;

    HttpMetrics(PrometheusRegistry registry, RouteTemplates routes) {
        this.routes = routes;
        this.requests = Counter.builder().name("telesim_http_requests").help("HTTP requests answered, by method, route and status")
                .labelNames("method", "route", "status").withoutExemplars().register(registry);
        this.duration = Histogram.builder().name("telesim_http_request_duration_seconds")
                .help("Time from a request's arrival to the end of its response, by method and route")
                .labelNames("method", "route").classicOnly()
                .classicUpperBounds(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10).withoutExemplars()
                .register(registry);
    }

    @Override
    public void handle(RoutingContext ctx) {
        long start = System.nanoTime();
        ctx.addBodyEndHandler(written -> record(ctx, System.nanoTime() - start));
        ctx.next();
    }

    private void record(RoutingContext ctx, long nanos) {
        HttpMethod method = ctx.request().method();
        String methodLabel = KNOWN_METHODS.contains(method) ? method.name() : "other";
        String route = routes.of(method, ctx.request().path());
        requests.labelValues(methodLabel, route, Integer.toString(ctx.response().getStatusCode())).inc();
        duration.labelValues(methodLabel, route).observe(nanos / 1e9);
    }
}
