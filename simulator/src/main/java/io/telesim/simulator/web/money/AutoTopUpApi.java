package io.telesim.simulator.web.money;

import io.telesim.billing.catalog.TopUpPolicy;
import io.telesim.billing.money.Money;
import io.telesim.engine.CommandType;
import io.telesim.simulator.web.OperatorServices;
import io.telesim.simulator.web.WebRuntime;
import io.telesim.simulator.web.http.ApiError;
import io.telesim.simulator.web.http.EngineCalls;
import io.telesim.simulator.web.http.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The auto top-up rule under {@code /api/numbers/{msisdn}/auto-top-up}: read it from the account, set it
 * (SET_AUTO_TOP_UP) with the card it charges, or clear it (CLEAR_AUTO_TOP_UP) and unlink the card; each
 * answers with the rule as it is afterwards. A new card is checked as a top-up's would be and linked once
 * the engine took the rule; a rule set without card fields keeps the card already linked (422
 * {@code card_required} when there is none).
 */
final class AutoTopUpApi {

    private final WebRuntime web;
    private final MoneyViews views;
    private final LinkedCards cards;
    private final CardCheck check;

    AutoTopUpApi(WebRuntime web, MoneyViews views, LinkedCards cards) {
        this.web = web;
        this.views = views;
        this.cards = cards;
        OperatorServices services = web.services();
        this.check = new CardCheck(services.catalog().policies().topUp(), services.catalog().calendar().zone());
    }

    void mount(Router router) {
        String path = "/api/numbers/:msisdn/auto-top-up";
        router.get(path).handler(web.requireOwnNumber()).handler(ctx -> WebRuntime.respond(ctx, views.autoTopUp(WebRuntime.msisdn(ctx))));
        router.put(path).handler(web.requireOwnNumber()).handler(this::set);
        router.delete(path).handler(web.requireOwnNumber()).handler(ctx -> {
            long msisdn = WebRuntime.msisdn(ctx);
            EngineCalls calls = web.services().calls();
            WebRuntime.respond(ctx, calls.run(calls.command(CommandType.CLEAR_AUTO_TOP_UP, msisdn)).compose(done -> {
                cards.unlink(msisdn);
                return views.autoTopUp(msisdn);
            }));
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
        LinkedCard card = card(rule, msisdn);
        EngineCalls calls = web.services().calls();
        WebRuntime.respond(ctx, calls.run(calls.command(CommandType.SET_AUTO_TOP_UP, msisdn).amount(rule.threshold()).amount2(rule.amount()))
                .compose(done -> {
                    cards.link(msisdn, card);
                    return views.autoTopUp(msisdn);
                }));
    }

    /** The card the rule will charge: the one in the request, checked, or else the one already linked. */
    private LinkedCard card(MoneyRequests.AutoTopUp rule, long msisdn) {
        if (rule.withoutCard()) {
            return cards.of(msisdn).orElseThrow(() -> new ApiError(422, "card_required",
                    "link a card to the rule: send 'cardNumber', 'expiry' (MM/YY) and 'cvc'"));
        }
        if (rule.cardIncomplete()) {
            throw ApiError.badRequest("a card needs 'cardNumber', 'expiry' (MM/YY) and 'cvc'");
        }
        long now = web.services().wallClock().getAsLong();
        String digits = check.card(rule.cardNumber(), rule.expiry(), rule.cvc(), now);
        String expiry = rule.expiry().replaceAll("\\s", "");
        return new LinkedCard(CardNumber.masked(digits), expiry, TestCard.of(digits), now);
    }
}
