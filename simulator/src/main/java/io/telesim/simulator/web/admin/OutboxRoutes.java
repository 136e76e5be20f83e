package io.telesim.simulator.web.admin;

import java.util.List;

import io.telesim.simulator.web.RouteSet;
import io.telesim.simulator.web.WebRuntime;
import io.telesim.simulator.web.http.ApiError;
import io.telesim.simulator.web.http.QueryParams;
import io.telesim.simulator.web.mail.Outbox;
import io.telesim.simulator.web.mail.OutboxMessage;
import io.vertx.ext.web.Router;

/** The e-mail outbox: {@code GET /admin/outbox?limit} lists the newest messages, {@code GET /admin/outbox/{id}} shows one. */
final class OutboxRoutes implements RouteSet {

    private static final int DEFAULT_MESSAGES = 50;
    private static final int MAX_MESSAGES = 1_000;

    /** A page of the outbox, newest first. */
    public record Listing(List<OutboxMessage> messages) {
    }

    @Override
    public void mount(Router router, WebRuntime web) {
        Outbox outbox = new Outbox(web.services().store(), web.services().wallClock());
        router.get("/admin/outbox").handler(ctx -> {
            int limit = (int) QueryParams.number(ctx, "limit", DEFAULT_MESSAGES, 1, MAX_MESSAGES);
            WebRuntime.respond(ctx, web.blocking(() -> new Listing(outbox.list(limit))));
        });
        router.get("/admin/outbox/:id").handler(ctx -> {
            String id = ctx.pathParam("id");
            WebRuntime.respond(ctx, web.blocking(() -> outbox.get(id)
                    .orElseThrow(() -> ApiError.notFound("no message " + id + " in the outbox"))));
        });
    }
}
