package io.telesim.simulator.web.plans;

import io.telesim.billing.account.ForwardingCondition;
import io.telesim.billing.number.InvalidNumberException;
import io.telesim.billing.number.PartyNumber;
import io.telesim.engine.CommandType;
import io.telesim.simulator.web.WebRuntime;
import io.telesim.simulator.web.http.ApiError;
import io.telesim.simulator.web.http.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * F6 over the API: the voluntary block ({@code GET /api/numbers/{msisdn}/block}, {@code PUT} blocks,
 * {@code DELETE} unblocks) and call forwarding ({@code GET .../forwarding}, {@code PUT} with a target and
 * {@code DELETE} on {@code .../forwarding/{condition}}).
 */
final class LineRoutes {

    /** Where calls go: a number as people type it (Russian, international with +, or short). */
    record ForwardingRequest(String target) {
    }

    private final PlanCalls plans;

    LineRoutes(PlanCalls plans) {
        this.plans = plans;
    }

    void mount(Router router, WebRuntime web) {
        router.get(PlansRoutes.NUMBER + "/block").handler(web.requireOwnNumber())
                .handler(ctx -> WebRuntime.respond(ctx, plans.show(WebRuntime.msisdn(ctx), this::block)));
        router.put(PlansRoutes.NUMBER + "/block").handler(web.requireOwnNumber()).handler(ctx -> block(ctx, CommandType.BLOCK));
        router.delete(PlansRoutes.NUMBER + "/block").handler(web.requireOwnNumber()).handler(ctx -> block(ctx, CommandType.UNBLOCK));
        router.get(PlansRoutes.NUMBER + "/forwarding").handler(web.requireOwnNumber())
                .handler(ctx -> WebRuntime.respond(ctx, plans.show(WebRuntime.msisdn(ctx), ForwardingSection::of)));
        router.put(PlansRoutes.NUMBER + "/forwarding/:condition").handler(web.requireOwnNumber()).handler(this::setForwarding);
        router.delete(PlansRoutes.NUMBER + "/forwarding/:condition").handler(web.requireOwnNumber()).handler(this::clearForwarding);
    }

    private void block(RoutingContext ctx, CommandType type) {
        long msisdn = WebRuntime.msisdn(ctx);
        WebRuntime.respond(ctx, plans.runThenShow(plans.command(type, msisdn), msisdn, this::block));
    }

    private void setForwarding(RoutingContext ctx) {
        ForwardingCondition condition = condition(ctx);
        String text = Json.body(ctx, ForwardingRequest.class).target();
        long target;
        try {
            target = PartyNumber.parse(text);
        } catch (InvalidNumberException e) {
            throw ApiError.badRequest(e.getMessage());
        }
        long msisdn = WebRuntime.msisdn(ctx);
        WebRuntime.respond(ctx, plans.runThenShow(plans.command(CommandType.SET_FORWARDING, msisdn).item(condition.ordinal()).other(target),
                msisdn, ForwardingSection::of));
    }

    private void clearForwarding(RoutingContext ctx) {
        ForwardingCondition condition = condition(ctx);
        long msisdn = WebRuntime.msisdn(ctx);
        WebRuntime.respond(ctx, plans.runThenShow(plans.command(CommandType.CLEAR_FORWARDING, msisdn).item(condition.ordinal()), msisdn,
                ForwardingSection::of));
    }

    private static ForwardingCondition condition(RoutingContext ctx) {
        ForwardingCondition condition = ForwardingSection.condition(ctx.pathParam("condition"));
        if (condition == null) {
            throw ApiError.notFound("no forwarding condition '" + ctx.pathParam("condition")
                    + "': use unconditional, busy, no-reply or not-reachable");
        }
        return condition;
    }

    private BlockSection block(PlanSnapshot snapshot) {
        return BlockSection.of(plans.catalog(), snapshot);
    }
}
