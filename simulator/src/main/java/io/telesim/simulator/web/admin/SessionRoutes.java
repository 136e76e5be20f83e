package io.telesim.simulator.web.admin;

import java.util.Locale;

import io.telesim.billing.rating.UsageKind;
import io.telesim.engine.Command;
import io.telesim.engine.CommandType;
import io.telesim.simulator.web.RouteSet;
import io.telesim.simulator.web.WebRuntime;
import io.telesim.simulator.web.http.ApiError;
import io.telesim.simulator.web.http.Json;
import io.telesim.simulator.web.http.QueryParams;
import io.vertx.ext.web.Router;

/**
 * Online charging of calls and data sessions as a network element does it: {@code POST /admin/sessions} reserves
 * (RESERVE), then {@code POST /admin/sessions/{id}/update} (UPDATE), {@code .../commit} (COMMIT) or
 * {@code .../release} (RELEASE). The number in the body of the last three is optional; when given, it must be the
 * session's.
 */
final class SessionRoutes implements RouteSet {

    @Override
    public void mount(Router router, WebRuntime web) {
        router.post("/admin/sessions").handler(ctx -> {
            UsageEvents.Reserve reserve = Json.body(ctx, UsageEvents.Reserve.class);
            UsageKind kind = kind(reserve.kind());
            long sessionId = reserve.sessionId() == null ? reserve.eventId() : InjectedUsage.positive("sessionId", reserve.sessionId());
            Command command = InjectedUsage.command(CommandType.RESERVE, reserve.eventId(), InjectedUsage.number(reserve.number()))
                    .sessionId(sessionId).item(kind.ordinal()).amount(InjectedUsage.positive("requested", reserve.requested()))
                    .other(kind == UsageKind.VOICE ? InjectedUsage.destination(reserve.to()) : 0);
            InjectedUsage.send(ctx, web, command, sessionId);
        });
        router.post("/admin/sessions/:id/update").handler(ctx -> {
            long sessionId = QueryParams.pathId(ctx, "id");
            UsageEvents.Update update = Json.body(ctx, UsageEvents.Update.class);
            Command command = InjectedUsage.command(CommandType.UPDATE, update.eventId(), InjectedUsage.optionalNumber(update.number()))
                    .sessionId(sessionId).amount(notNegative("used", update.used())).amount2(notNegative("requested", update.requested()));
            InjectedUsage.send(ctx, web, command, sessionId);
        });
        router.post("/admin/sessions/:id/commit").handler(ctx -> {
            long sessionId = QueryParams.pathId(ctx, "id");
            UsageEvents.Commit commit = Json.body(ctx, UsageEvents.Commit.class);
            Command command = InjectedUsage.command(CommandType.COMMIT, commit.eventId(), InjectedUsage.optionalNumber(commit.number()))
                    .sessionId(sessionId).amount(notNegative("used", commit.used()));
            InjectedUsage.send(ctx, web, command, sessionId);
        });
        router.post("/admin/sessions/:id/release").handler(ctx -> {
            long sessionId = QueryParams.pathId(ctx, "id");
            UsageEvents.Release release = Json.body(ctx, UsageEvents.Release.class);
            Command command = InjectedUsage.command(CommandType.RELEASE, release.eventId(), InjectedUsage.optionalNumber(release.number()))
                    .sessionId(sessionId);
            InjectedUsage.send(ctx, web, command, sessionId);
        });
    }

    private static UsageKind kind(String text) {
        String kind = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        return switch (kind) {
            case "call" -> UsageKind.VOICE;
            case "data" -> UsageKind.DATA;
            default -> throw ApiError.badRequest("'kind' must be 'call' or 'data', got '" + text + "'");
        };
    }

    private static long notNegative(String field, long value) {
        if (value < 0) {
            throw ApiError.badRequest("'" + field + "' cannot be negative, got " + value);
        }
        return value;
    }
}
