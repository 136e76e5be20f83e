package io.telesim.simulator.web.money;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.telesim.simulator.web.WebRuntime;
import io.telesim.simulator.web.http.ApiError;
import io.telesim.simulator.web.http.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Card top-ups and their history under {@code /api/numbers/{msisdn}/payments}: pay (201 approved, 202
 * waiting for the bank's code, 402 declined by the bank), confirm with the code, look one up, list them.
 */
final class CardPaymentApi {

    private static final int MAX_PAGE = 100;

    private final WebRuntime web;
    private final CardTopUps topUps;
    private final MoneyViews views;

    CardPaymentApi(WebRuntime web, CardTopUps topUps, MoneyViews views) {
        this.web = web;
        this.topUps = topUps;
        this.views = views;
    }

    void mount(Router router) {
        String base = "/api/numbers/:msisdn/payments";
        router.post(base).handler(web.requireOwnNumber()).handler(this::pay);
        router.get(base).handler(web.requireOwnNumber()).handler(this::history);
        router.get(base + "/:id").handler(web.requireOwnNumber())
                .handler(ctx -> WebRuntime.respond(ctx, topUps.find(WebRuntime.msisdn(ctx), paymentId(ctx)).map(PaymentView::of)));
        router.post(base + "/:id/confirm").handler(web.requireOwnNumber()).handler(ctx -> {
            String code = Json.body(ctx, MoneyRequests.Confirmation.class).code();
            WebRuntime.respond(ctx, topUps.confirm(WebRuntime.msisdn(ctx), paymentId(ctx), code).map(PaymentView::of));
        });
    }

    private void pay(RoutingContext ctx) {
        MoneyRequests.CardTopUp request = Json.body(ctx, MoneyRequests.CardTopUp.class);
        topUps.pay(WebRuntime.msisdn(ctx), request).onSuccess(payment -> {
            PaymentView view = PaymentView.of(payment);
            switch (payment.state()) {
                case APPROVED -> Json.send(ctx, 201, view);
                case AWAITING_CONFIRMATION -> Json.send(ctx, 202, view);
                case DECLINED -> Json.send(ctx, 402, refusal(view, "payment_declined", "the bank declined the payment: " + payment.reason()));
                default -> Json.send(ctx, 409, refusal(view, "payment_" + payment.state().code(), payment.reason()));
            }
        }).onFailure(ctx::fail);
    }

    /** A payment that did not go through: the payment itself, with {@code error} and {@code code} as every API error has. */
    private static ObjectNode refusal(PaymentView view, String code, String message) {
        ObjectNode body = (ObjectNode) Json.tree(view);
        return body.put("error", message).put("code", code);
    }

    private void history(RoutingContext ctx) {
        String cursor = ctx.queryParams().get("cursor");
        if (cursor != null && !PaymentBook.validCursor(cursor)) {
            throw ApiError.badRequest("'cursor' is the nextCursor of the page before");
        }
        WebRuntime.respond(ctx, views.history(WebRuntime.msisdn(ctx), cursor, limit(ctx.queryParams().get("limit"))));
    }

    private static int limit(String text) {
        if (text == null) {
            return MoneyViews.DEFAULT_PAGE;
        }
        try {
            int limit = Integer.parseInt(text.trim());
            if (limit >= 1 && limit <= MAX_PAGE) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiError.badRequest("'limit' is a whole number from 1 to " + MAX_PAGE);
    }

    private static long paymentId(RoutingContext ctx) {
        String id = ctx.pathParam("id");
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw ApiError.notFound("no payment " + id);
        }
    }
}
