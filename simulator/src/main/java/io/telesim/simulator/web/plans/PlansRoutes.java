package io.telesim.simulator.web.plans;

import io.telesim.simulator.web.RouteSet;
import io.telesim.simulator.web.WebRuntime;
import io.telesim.simulator.web.page.PageFrame;
import io.telesim.simulator.web.page.PageRoutes;
import io.vertx.ext.web.Router;

/**
 * Tariff and services (F4, F5, F6, F11): the page {@code /account/{msisdn}/plans} and its API under
 * {@code /api/numbers/{msisdn}/...}: the engine's side at once ({@code /plans}), then the tariff and add-ons,
 * services and favourite numbers, the block and call forwarding, and the family, each readable and
 * changeable on its own.
 */
public final class PlansRoutes implements RouteSet {

    /** The path of a number's API; the guard checks {@code :msisdn} is the session's. */
    static final String NUMBER = "/api/numbers/:msisdn";

    /** The plans page's model. */
    public record PlansPage(PageFrame frame, Plans plans, FamilySection family) {
    }

    @Override
    public void mount(Router router, WebRuntime web) {
        PlanCalls plans = new PlanCalls(web.services().calls());
        router.get(NUMBER + "/plans").handler(web.requireOwnNumber())
                .handler(ctx -> WebRuntime.respond(ctx, plans.show(WebRuntime.msisdn(ctx), snapshot -> all(plans, snapshot))));
        new TariffRoutes(plans).mount(router, web);
        new ServiceRoutes(plans).mount(router, web);
        new LineRoutes(plans).mount(router, web);
        FamilyRoutes family = new FamilyRoutes(plans, new FamilyBook(web.services().store()), web.services().wallClock());
        family.mount(router, web);
        router.get("/account/:msisdn/plans").handler(PageRoutes.pageGuard(web)).handler(ctx -> {
            long msisdn = WebRuntime.msisdn(ctx);
            plans.show(msisdn, snapshot -> all(plans, snapshot)).compose(all -> family.show(msisdn).map(section -> new PlansPage(
                            PageRoutes.frame(ctx, "plans"), all, section)))
                    .onSuccess(page -> web.pages().send(ctx, "plans.jte", page)).onFailure(ctx::fail);
        });
    }

    private static Plans all(PlanCalls plans, PlanSnapshot snapshot) {
        return Plans.of(plans.catalog(), plans.rules(), snapshot);
    }
}
