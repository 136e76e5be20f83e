package io.telesim.simulator.web.plans;

import io.telesim.engine.CommandType;
import io.telesim.simulator.web.WebRuntime;
import io.telesim.simulator.web.http.ApiError;
import io.telesim.simulator.web.http.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * F4 over the API: the tariff with the bundles left and the tariffs to change to
 * ({@code GET|PUT /api/numbers/{msisdn}/tariff}), and add-on bundles ({@code GET|POST /api/numbers/{msisdn}/add-ons}).
 */
final class TariffRoutes {

    /** A change of tariff to the catalog's tariff {@code tariffId}. */
    record TariffChange(String tariffId) {
    }

    /** A purchase of the catalog's add-on {@code addOnId}. */
    record AddOnPurchase(String addOnId) {
    }

    private final PlanCalls plans;

    TariffRoutes(PlanCalls plans) {
        this.plans = plans;
    }

    void mount(Router router, WebRuntime web) {
        router.get(PlansRoutes.NUMBER + "/tariff").handler(web.requireOwnNumber())
                .handler(ctx -> WebRuntime.respond(ctx, plans.show(WebRuntime.msisdn(ctx), this::tariff)));
        router.put(PlansRoutes.NUMBER + "/tariff").handler(web.requireOwnNumber()).handler(this::changeTariff);
        router.get(PlansRoutes.NUMBER + "/add-ons").handler(web.requireOwnNumber())
                .handler(ctx -> WebRuntime.respond(ctx, plans.show(WebRuntime.msisdn(ctx), this::addOns)));
        router.post(PlansRoutes.NUMBER + "/add-ons").handler(web.requireOwnNumber()).handler(this::buyAddOn);
    }

    private void changeTariff(RoutingContext ctx) {
        String id = Json.body(ctx, TariffChange.class).tariffId();
        if (id == null || id.isBlank()) {
            throw ApiError.badRequest("'tariffId' is needed: the id of a tariff from GET .../tariff");
        }
        int tariff = plans.catalog().tariffIndex(id.trim());
        if (tariff < 0) {
            throw ApiError.badRequest("there is no tariff '" + id + "'");
        }
        long msisdn = WebRuntime.msisdn(ctx);
        WebRuntime.respond(ctx, plans.runThenShow(plans.command(CommandType.CHANGE_TARIFF, msisdn).item(tariff), msisdn, this::tariff));
    }

    private void buyAddOn(RoutingContext ctx) {
        String id = Json.body(ctx, AddOnPurchase.class).addOnId();
        if (id == null || id.isBlank()) {
            throw ApiError.badRequest("'addOnId' is needed: the id of an add-on from GET .../add-ons");
        }
        int addOn = plans.catalog().addOnIndex(id.trim());
        if (addOn < 0) {
            throw ApiError.badRequest("there is no add-on '" + id + "'");
        }
        long msisdn = WebRuntime.msisdn(ctx);
        WebRuntime.respond(ctx, plans.runThenShow(plans.command(CommandType.BUY_ADD_ON, msisdn).item(addOn), msisdn, this::addOns));
    }

    private TariffSection tariff(PlanSnapshot snapshot) {
        return TariffSection.of(plans.catalog(), plans.rules(), snapshot);
    }

    private AddOnSection addOns(PlanSnapshot snapshot) {
        return AddOnSection.of(plans.catalog(), snapshot);
    }
}
