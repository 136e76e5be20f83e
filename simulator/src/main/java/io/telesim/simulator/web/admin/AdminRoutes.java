package io.telesim.simulator.web.admin;

import java.util.List;

import io.telesim.simulator.web.RouteSet;
import io.telesim.simulator.web.WebRuntime;
import io.vertx.ext.web.Router;

/**
 * The admin API for engineers under {@code /admin}: JSON, every request with {@code Authorization: Bearer TOKEN}
 * (the operator's admin token; 401 without it), no CSRF (no browser session is involved). Health, subscribers and
 * their statements, usage injected as a network element would, handsets, the e-mail outbox and the clock; any
 * command a network element sends, and many numbers' statements at once for a load test's audit.
 */
public final class AdminRoutes implements RouteSet {

    private final String token;

    public AdminRoutes(String token) {
        this.token = token;
    }

    @Override
    public void mount(Router router, WebRuntime web) {
        router.route("/admin/*").handler(new AdminToken(token));
        for (RouteSet routes : List.of(new HealthRoutes(), new SubscriberRoutes(), new UsageRoutes(), new SessionRoutes(), new HandsetRoutes(),
                new OutboxRoutes(), new ClockRoutes(), new CommandRoutes(), new BulkStatementRoutes(), new SmsStateRoutes())) {
            routes.mount(router, web);
        }
    }
}
