package io.telesim.simulator.web.plans;

import io.telesim.engine.CommandType;
import io.telesim.simulator.web.WebRuntime;
import io.telesim.simulator.web.http.ApiError;
import io.telesim.simulator.web.http.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * F5 over the API: services ({@code GET /api/numbers/{msisdn}/services}, {@code PUT} to connect and
 * {@code DELETE} to disconnect {@code .../services/{serviceId}}) and favourite numbers
 * ({@code GET|POST .../favourites}, {@code DELETE .../favourites/{number}}).
 */
final class ServiceRoutes {

    /** A number to add to the favourite numbers, as people type it. */
    record FavouriteRequest(String number) {
    }

    private final PlanCalls plans;

    ServiceRoutes(PlanCalls plans) {
        this.plans = plans;
    }

    void mount(Router router, WebRuntime web) {
        router.get(PlansRoutes.NUMBER + "/services").handler(web.requireOwnNumber())
                .handler(ctx -> WebRuntime.respond(ctx, plans.show(WebRuntime.msisdn(ctx), this::services)));
        router.put(PlansRoutes.NUMBER + "/services/:serviceId").handler(web.requireOwnNumber())
                .handler(ctx -> toggle(ctx, CommandType.CONNECT_SERVICE));
        router.delete(PlansRoutes.NUMBER + "/services/:serviceId").handler(web.requireOwnNumber())
                .handler(ctx -> toggle(ctx, CommandType.DISCONNECT_SERVICE));
        router.get(PlansRoutes.NUMBER + "/favourites").handler(web.requireOwnNumber())
                .handler(ctx -> WebRuntime.respond(ctx, plans.show(WebRuntime.msisdn(ctx), this::favourites)));
        router.post(PlansRoutes.NUMBER + "/favourites").handler(web.requireOwnNumber()).handler(this::addFavourite);
        router.delete(PlansRoutes.NUMBER + "/favourites/:number").handler(web.requireOwnNumber()).handler(this::removeFavourite);
    }

    private void toggle(RoutingContext ctx, CommandType type) {
        String id = ctx.pathParam("serviceId");
        int service = plans.catalog().serviceIndex(id);
        if (service < 0) {
            throw ApiError.notFound("there is no service '" + id + "'");
        }
        long msisdn = WebRuntime.msisdn(ctx);
        WebRuntime.respond(ctx, plans.runThenShow(plans.command(type, msisdn).item(service), msisdn, this::services));
    }

    private void addFavourite(RoutingContext ctx) {
        long number = WebRuntime.parseNumber(Json.body(ctx, FavouriteRequest.class).number());
        long msisdn = WebRuntime.msisdn(ctx);
        WebRuntime.respond(ctx, plans.runThenShow(plans.command(CommandType.ADD_FAVOURITE, msisdn).other(number), msisdn,
                this::favourites));
    }

    private void removeFavourite(RoutingContext ctx) {
        long number = WebRuntime.parseNumber(ctx.pathParam("number"));
        long msisdn = WebRuntime.msisdn(ctx);
        WebRuntime.respond(ctx, plans.runThenShow(plans.command(CommandType.REMOVE_FAVOURITE, msisdn).other(number), msisdn,
                this::favourites));
    }

    private ServiceSection services(PlanSnapshot snapshot) {
        return ServiceSection.of(plans.catalog(), plans.rules(), snapshot);
    }

    private FavouritesSection favourites(PlanSnapshot snapshot) {
        return FavouritesSection.of(plans.catalog(), snapshot);
    }
}
