package io.telesim.simulator.web.money;

import io.telesim.billing.catalog.TransferPolicy;
import io.telesim.billing.money.Money;
import io.telesim.engine.CommandType;
import io.telesim.simulator.web.WebRuntime;
import io.telesim.simulator.web.http.ApiError;
import io.telesim.simulator.web.http.EngineCalls;
import io.telesim.simulator.web.http.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Money transfers to another number under {@code /api/numbers/{msisdn}/transfers}: the terms (with the fee
 * for an amount when asked), and sending (TRANSFER). The recipient is any number as people write it; an
 * amount outside the per-transfer limits is a 422, and the engine's refusals (daily limit, too little left,
 * the same number, a recipient that cannot receive) are 409s with its reason.
 */
final class TransferApi {

    private final WebRuntime web;
    private final MoneyViews views;

    TransferApi(WebRuntime web, MoneyViews views) {
        this.web = web;
        this.views = views;
    }

    void mount(Router router) {
        String path = "/api/numbers/:msisdn/transfers";
        router.get(path + "/terms").handler(web.requireOwnNumber()).handler(ctx -> {
            String amount = ctx.queryParams().get("amount");
            WebRuntime.respond(ctx, views.transferTerms(WebRuntime.msisdn(ctx), amount == null ? null : amount(amount)));
        });
        router.post(path).handler(web.requireOwnNumber()).handler(this::send);
    }

    private void send(RoutingContext ctx) {
        MoneyRequests.Transfer request = Json.body(ctx, MoneyRequests.Transfer.class);
        long to = WebRuntime.parseNumber(request.to());
        long amount = request.amount();
        TransferPolicy policy = web.services().catalog().policies().transfer();
        if (amount < policy.minAmount() || amount > policy.maxAmount()) {
            throw new ApiError(422, "amount_out_of_limits", "a transfer is from " + Money.format(policy.minAmount()) + " to "
                    + Money.format(policy.maxAmount()));
        }
        long from = WebRuntime.msisdn(ctx);
        EngineCalls calls = web.services().calls();
        long fee = policy.feeFor(amount);
        WebRuntime.respond(ctx, calls.run(calls.command(CommandType.TRANSFER, from).other(to).amount(amount))
                .map(reply -> new TransferDone(from, to, amount, fee, reply.balance(), Money.format(amount), Money.format(fee),
                        Money.format(reply.balance()))));
    }

    private static long amount(String text) {
        try {
            long amount = Long.parseLong(text.trim());
            if (amount > 0 && amount <= Integer.MAX_VALUE) {
                return amount;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiError.badRequest("'amount' is a whole number of kopecks, above zero");
    }
}
