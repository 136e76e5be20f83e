package io.telesim.simulator.web.money;

import io.telesim.billing.catalog.TopUpPolicy;
import io.telesim.billing.money.Money;
import io.telesim.engine.CommandType;
import io.telesim.simulator.web.WebRuntime;
import io.telesim.simulator.web.http.ApiError;
import io.telesim.simulator.web.http.EngineCalls;
import io.telesim.simulator.web.http.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The auto top-up rule under {@code /api/numbers/{msisdn}/auto-top-up}: read it from the account, set it
 * (SET_AUTO_TOP_UP) or clear it (CLEAR_AUTO_TOP_UP); each answers with the rule as it is afterwards.
 */
final class AutoTopUpApi {

    private final WebRuntime web;
    private final MoneyViews views;

    AutoTopUpApi(WebRuntime web, MoneyViews views) {
        this.web = web;
        this.views = views;
    }

    void mount(Router router) {
        String path = "/api/numbers/:msisdn/auto-top-up";
        router.get(path).handler(web.requireOwnNumber()).handler(ctx -> WebRuntime.respond(ctx, views.autoTopUp(WebRuntime.msisdn(ctx))));
        router.put(path).handler(web.requireOwnNumber()).handler(this::set);
        router.delete(path).handler(web.requireOwnNumber()).handler(ctx -> {
            long msisdn = WebRuntime.msisdn(ctx);
            EngineCalls calls = web.services().calls();
            WebRuntime.respond(ctx, calls.run(calls.command(CommandType.CLEAR_AUTO_TOP_UP, msisdn)).compose(done -> views.autoTopUp(msisdn)));
        });
    }

    private void set(RoutingContext ctx) {
        MoneyRequests.AutoTopUp rule = Json.body(ctx, MoneyRequests.AutoTopUp.class);
        TopUpPolicy limits = web.services().catalog().policies().topUp();
        if (rule.threshold() <= 0) {
            throw new ApiError(422, "threshold_invalid", "the threshold is a balance above zero, in kopecks");
        }
        if (rule.amount() < limits.autoMinAmount() || rule.amount() > limits.autoMaxAmount()) {
            throw new ApiError(422, "amount_out_of_limits", "an auto top-up is from " + Money.format(limits.autoMinAmount()) + " to "
                    + Money.format(limits.autoMaxAmount()));
        }
        long msisdn = WebRuntime.msisdn(ctx);
        EngineCalls calls = web.services().calls();
        WebRuntime.respond(ctx, calls.run(calls.command(CommandType.SET_AUTO_TOP_UP, msisdn).amount(rule.threshold()).amount2(rule.amount()))
                .compose(done -> views.autoTopUp(msisdn)));
    }
}
