package io.telesim.simulator.web.page;

import io.telesim.simulator.web.RouteSet;
import io.telesim.simulator.web.WebRuntime;
import io.telesim.simulator.web.account.AccountRoutes;
import io.telesim.simulator.web.login.WebAccount;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The login page and the account overview page; a page of the account without a login redirects to the
 * login page, and a number of another account gets a 403 page.
 */
public final class PageRoutes implements RouteSet {

    @Override
    public void mount(Router router, WebRuntime web) {
        router.get("/").handler(ctx -> {
            WebAccount account = web.loggedIn(ctx);
            redirect(ctx, account == null ? "/login" : "/account/" + account.primary());
        });
        router.get("/login").handler(ctx -> web.pages().send(ctx, "login.jte",
                new PageFrame(Pages.texts(ctx), Pages.texts(ctx).t("login.title"), "login", web.loggedIn(ctx), 0)));
        router.get("/account/:msisdn").handler(pageGuard(web)).handler(ctx -> AccountRoutes.overview(web, WebRuntime.msisdn(ctx))
                .onSuccess(overview -> web.pages().send(ctx, "overview.jte", new OverviewPage(frame(ctx, "overview"), overview)))
                .onFailure(ctx::fail));
    }

    /** The overview page's model. */
    public record OverviewPage(PageFrame frame, io.telesim.simulator.web.account.Overview overview) {
    }

    /** The frame of an account page in {@code area} for the number checked by {@link #pageGuard}. */
    public static PageFrame frame(RoutingContext ctx, String area) {
        Texts t = Pages.texts(ctx);
        return new PageFrame(t, t.t("nav." + area), area, WebRuntime.account(ctx), WebRuntime.msisdn(ctx));
    }

    /** As {@link WebRuntime#requireOwnNumber()}, but a browser without a login is sent to the login page. */
    public static io.vertx.core.Handler<RoutingContext> pageGuard(WebRuntime web) {
        io.vertx.core.Handler<RoutingContext> guard = web.requireOwnNumber();
        return ctx -> {
            if (web.loggedIn(ctx) == null) {
                redirect(ctx, "/login");
            } else {
                guard.handle(ctx);
            }
        };
    }

    public static void redirect(RoutingContext ctx, String location) {
        ctx.response().setStatusCode(303).putHeader("Location", location).end();
    }
}
