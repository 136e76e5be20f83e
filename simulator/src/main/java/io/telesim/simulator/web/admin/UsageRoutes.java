package io.telesim.simulator.web.admin;

import io.telesim.billing.rating.UsageKind;
import io.telesim.engine.Command;
import io.telesim.engine.CommandType;
import io.telesim.simulator.web.RouteSet;
import io.telesim.simulator.web.WebRuntime;
import io.telesim.simulator.web.http.ApiError;
import io.telesim.simulator.web.http.Json;
import io.vertx.ext.web.Router;

/**
 * Usage reported as a network element would, each event charged at once: {@code POST /admin/usage/sms} (CHARGE_SMS),
 * {@code POST /admin/usage/call} and {@code POST /admin/usage/data} (an ended session's record, CHARGE_SESSION).
 */
final class UsageRoutes implements RouteSet {

    /** The most segments one SMS may have (a concatenated message's reference counts parts in a byte). */
    private static final int MAX_SEGMENTS = 255;

    @Override
    public void mount(Router router, WebRuntime web) {
        router.post("/admin/usage/sms").handler(ctx -> {
            UsageEvents.Sms sms = Json.body(ctx, UsageEvents.Sms.class);
            int segments = sms.segments() == null ? 1 : sms.segments();
            if (segments < 1 || segments > MAX_SEGMENTS) {
                throw ApiError.badRequest("'segments' must be 1.." + MAX_SEGMENTS + ", got " + segments);
            }
            Command command = InjectedUsage.command(CommandType.CHARGE_SMS, sms.eventId(), InjectedUsage.number(sms.number()))
                    .other(InjectedUsage.destination(sms.to())).amount(segments);
            InjectedUsage.send(ctx, web, command, null);
        });
        router.post("/admin/usage/call").handler(ctx -> {
            UsageEvents.Call call = Json.body(ctx, UsageEvents.Call.class);
            Command command = InjectedUsage.command(CommandType.CHARGE_SESSION, call.eventId(), InjectedUsage.number(call.number()))
                    .item(UsageKind.VOICE.ordinal()).other(InjectedUsage.destination(call.to()))
                    .amount(InjectedUsage.positive("seconds", call.seconds()));
            InjectedUsage.send(ctx, web, command, null);
        });
        router.post("/admin/usage/data").handler(ctx -> {
            UsageEvents.Data data = Json.body(ctx, UsageEvents.Data.class);
            Command command = InjectedUsage.command(CommandType.CHARGE_SESSION, data.eventId(), InjectedUsage.number(data.number()))
                    .item(UsageKind.DATA.ordinal()).amount(InjectedUsage.positive("bytes", data.bytes()));
            InjectedUsage.send(ctx, web, command, null);
        });
    }
}
