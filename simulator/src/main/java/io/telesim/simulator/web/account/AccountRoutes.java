package io.telesim.simulator.web.account;

import io.telesim.simulator.web.RouteSet;
import io.telesim.simulator.web.WebRuntime;
import io.telesim.simulator.web.http.EngineCalls;
import io.vertx.core.Future;
import io.vertx.ext.web.Router;

/** The account overview of one of the session's numbers: {@code GET /api/numbers/{msisdn}/overview}. */
public final class AccountRoutes implements RouteSet {

    @Override
    public void mount(Router router, WebRuntime web) {
        router.get("/api/numbers/:msisdn/overview").handler(web.requireOwnNumber())
                .handler(ctx -> WebRuntime.respond(ctx, overview(web, WebRuntime.msisdn(ctx))));
    }

    /** The overview of {@code msisdn}: a read and an account copy, both after every command sent before. */
    public static Future<Overview> overview(WebRuntime web, long msisdn) {
        EngineCalls calls = web.services().calls();
        return calls.read(msisdn).compose(read -> calls.account(msisdn)
                .map(account -> Overview.of(read, account, web.services().catalog())));
    }
}
