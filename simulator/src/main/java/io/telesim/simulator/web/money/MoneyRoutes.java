package io.telesim.simulator.web.money;

import io.telesim.simulator.web.RouteSet;
import io.telesim.simulator.web.WebRuntime;
import io.telesim.simulator.web.page.PageRoutes;
import io.vertx.ext.web.Router;

/**
 * F3 Money in the self-service account: the page {@code /account/{n}/money} and the API under
 * {@code /api/numbers/{n}/}: {@code money} (all at once), {@code payments} (card top-ups and their
 * history), {@code auto-top-up}, {@code promised-payment} and {@code transfers}. Every route is for the
 * session's own numbers only. The auto top-ups themselves are made as the engine's notices ask for them.
 */
public final class MoneyRoutes implements RouteSet {

    @Override
    public void mount(Router router, WebRuntime web) {
        CardTopUps topUps = new CardTopUps(web, new PaymentBook(web.services().store()));
        LinkedCards cards = new LinkedCards(web.services().store());
        MoneyViews views = new MoneyViews(web.services(), topUps, cards);
        web.services().notifications().add(new AutoTopUps(web, topUps, cards));
        router.get("/api/numbers/:msisdn/money").handler(web.requireOwnNumber())
                .handler(ctx -> WebRuntime.respond(ctx, views.overview(WebRuntime.msisdn(ctx))));
        new CardPaymentApi(web, topUps, views).mount(router);
        new AutoTopUpApi(web, views, cards).mount(router);
        new PromisedPaymentApi(web, views).mount(router);
        new TransferApi(web, views).mount(router);
        router.get("/account/:msisdn/money").handler(PageRoutes.pageGuard(web)).handler(ctx -> views.overview(WebRuntime.msisdn(ctx))
                .onSuccess(money -> web.pages().send(ctx, "money.jte", new MoneyPage(PageRoutes.frame(ctx, "money"), money)))
                .onFailure(ctx::fail));
    }
}
