package io.telesim.simulator.web.admin;

import java.util.List;

import io.telesim.engine.handset.Handsets;
import io.telesim.engine.handset.InboxMessage;
import io.telesim.simulator.web.RouteSet;
import io.telesim.simulator.web.WebRuntime;
import io.telesim.simulator.web.http.Json;
import io.telesim.simulator.web.http.QueryParams;
import io.vertx.ext.web.Router;

/**
 * The emulated handsets: {@code GET /admin/handsets/{msisdn}/inbox} reads a handset's SMS inbox, newest first;
 * {@code POST /admin/handsets/{msisdn}/switch-off} makes SMS to it wait in the SMS centre (store and forward) until
 * {@code POST .../switch-on} delivers them. Any number has a handset, subscriber or not.
 */
final class HandsetRoutes implements RouteSet {

    private static final int DEFAULT_MESSAGES = 50;

    /**
     * A handset's inbox.
     *
     * @param switchedOn false while SMS to it wait in the SMS centre
     */
    public record Inbox(long number, boolean switchedOn, List<InboxMessage> messages) {
    }

    /** A handset's state after a switch. */
    public record HandsetState(long number, boolean switchedOn) {
    }

    @Override
    public void mount(Router router, WebRuntime web) {
        Handsets handsets = web.services().handsets();
        router.get("/admin/handsets/:msisdn/inbox").handler(ctx -> {
            long msisdn = WebRuntime.parseNumber(ctx.pathParam("msisdn"));
            int limit = (int) QueryParams.number(ctx, "limit", DEFAULT_MESSAGES, 1, Integer.MAX_VALUE);
            List<InboxMessage> inbox = handsets.inbox(msisdn);
            Json.send(ctx, new Inbox(msisdn, handsets.reachable(msisdn), inbox.subList(0, Math.min(limit, inbox.size()))));
        });
        router.post("/admin/handsets/:msisdn/switch-off").handler(ctx -> {
            long msisdn = WebRuntime.parseNumber(ctx.pathParam("msisdn"));
            handsets.switchOff(msisdn);
            Json.send(ctx, new HandsetState(msisdn, handsets.reachable(msisdn)));
        });
        // Switching on hands the waiting messages to the SMS centre's delivery on this thread: off the event loop.
        router.post("/admin/handsets/:msisdn/switch-on").handler(ctx -> {
            long msisdn = WebRuntime.parseNumber(ctx.pathParam("msisdn"));
            WebRuntime.respond(ctx, web.blocking(() -> {
                handsets.switchOn(msisdn);
                return new HandsetState(msisdn, handsets.reachable(msisdn));
            }));
        });
    }
}
