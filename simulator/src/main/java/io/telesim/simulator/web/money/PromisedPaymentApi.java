package io.telesim.simulator.web.money;

import io.telesim.billing.catalog.PromisedPaymentPolicy;
import io.telesim.billing.money.Money;
import io.telesim.engine.CommandType;
import io.telesim.simulator.web.WebRuntime;
import io.telesim.simulator.web.http.ApiError;
import io.telesim.simulator.web.http.EngineCalls;
import io.telesim.simulator.web.http.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The promised payment under {@code /api/numbers/{msisdn}/promised-payment}: its terms, eligibility and
 * what is owed; taking one (PROMISED_PAYMENT). An amount outside the catalog's limits is a 422; the
 * engine's refusals (one already open, too new, too few top-ups, too deep in debt) are 409s with its reason.
 */
public final class PromisedPaymentApi {

    private final WebRuntime web;
    private final MoneyViews views;

    PromisedPaymentApi(WebRuntime web, MoneyViews views) {
        this.web = web;
        this.views = views;
    }

    void mount(Router router) {
        String path = "/api/numbers/:msisdn/promised-payment";
        router.get(path).handler(web.requireOwnNumber())
                .handler(ctx -> WebRuntime.respond(ctx, views.promisedPayment(WebRuntime.msisdn(ctx))));
        router.post(path).handler(web.requireOwnNumber()).handler(this::take);
    }

    private void take(RoutingContext ctx) {
        long amount = Json.body(ctx, MoneyRequests.PromisedPayment.class).amount();
        requireWithinLimits(web.services().catalog().policies().promisedPayment(), amount);
        long msisdn = WebRuntime.msisdn(ctx);
        EngineCalls calls = web.services().calls();
        WebRuntime.respond(ctx, calls.run(calls.command(CommandType.PROMISED_PAYMENT, msisdn).amount(amount))
                .compose(done -> views.promisedPayment(msisdn)));
    }

    /** A 422 {@code amount_out_of_limits} unless {@code amount} is one the catalog lets a promised payment be. */
    public static void requireWithinLimits(PromisedPaymentPolicy policy, long amount) {
        if (amount < policy.minAmount() || amount > policy.maxAmount()) {
            throw new ApiError(422, "amount_out_of_limits", "a promised payment is from " + Money.format(policy.minAmount()) + " to "
                    + Money.format(policy.maxAmount()));
        }
    }
}
