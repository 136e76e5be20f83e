package io.telesim.simulator.web.admin;

import java.util.ArrayList;
import java.util.List;

import io.telesim.billing.catalog.Catalog;
import io.telesim.billing.number.InvalidNumberException;
import io.telesim.billing.number.Msisdn;
import io.telesim.billing.result.Outcome;
import io.telesim.engine.Command;
import io.telesim.engine.CommandType;
import io.telesim.engine.EngineBusyException;
import io.telesim.engine.statement.Page;
import io.telesim.engine.statement.StatementStore;
import io.telesim.simulator.web.RouteSet;
import io.telesim.simulator.web.WebRuntime;
import io.telesim.simulator.web.http.ApiError;
import io.telesim.simulator.web.http.EngineCalls;
import io.telesim.simulator.web.http.Json;
import io.telesim.simulator.web.http.QueryParams;
import io.vertx.core.Future;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Subscribers for engineers: {@code POST /admin/subscribers} connects numbers through the engine's PROVISION command,
 * {@code GET /admin/subscribers/{msisdn}} shows any account in full and {@code GET /admin/subscribers/{msisdn}/statement}
 * pages through its statement.
 */
final class SubscriberRoutes implements RouteSet {

    private static final int DEFAULT_PAGE = 100;
    private static final int MAX_PAGE = 1_000;

    @Override
    public void mount(Router router, WebRuntime web) {
        router.post("/admin/subscribers").handler(ctx -> WebRuntime.respond(ctx, provision(web, Json.body(ctx, NewSubscribers.class))));
        router.get("/admin/subscribers/:msisdn").handler(ctx -> {
            long msisdn = WebRuntime.parseNumber(ctx.pathParam("msisdn"));
            EngineCalls calls = web.services().calls();
            WebRuntime.respond(ctx, calls.read(msisdn).compose(read -> calls.account(msisdn)
                    .map(account -> AccountDetails.of(read, account, web.services().catalog()))));
        });
        router.get("/admin/subscribers/:msisdn/statement").handler(ctx -> statement(ctx, web));
    }

    /** Connects the numbers one after another, so a long list never floods the ring. */
    private static Future<Provisioned> provision(WebRuntime web, NewSubscribers body) {
        if (body.subscribers() == null || body.subscribers().isEmpty()) {
            throw ApiError.badRequest("'subscribers' must list at least one subscriber");
        }
        if (body.subscribers().size() > NewSubscribers.MAX) {
            throw ApiError.badRequest("at most " + NewSubscribers.MAX + " subscribers at once, got " + body.subscribers().size());
        }
        List<Provisioned.Result> results = new ArrayList<>();
        Future<Void> chain = Future.succeededFuture();
        for (NewSubscribers.NewSubscriber subscriber : body.subscribers()) {
            chain = chain.compose(done -> provisionOne(web, subscriber)).map(result -> {
                results.add(result);
                return null;
            });
        }
        return chain.map(done -> Provisioned.of(results));
    }

    private static Future<Provisioned.Result> provisionOne(WebRuntime web, NewSubscribers.NewSubscriber subscriber) {
        if (subscriber == null) {
            return Future.succeededFuture(Provisioned.Result.refused(null, "invalid_number", "a subscriber entry is empty"));
        }
        long msisdn;
        try {
            msisdn = Msisdn.parseValue(subscriber.number() == null ? "" : subscriber.number().trim());
        } catch (InvalidNumberException e) {
            return Future.succeededFuture(Provisioned.Result.refused(subscriber.number(), "invalid_number", e.getMessage()));
        }
        Catalog catalog = web.services().catalog();
        int tariff = subscriber.tariff() == null ? catalog.defaultTariff() : catalog.tariffIndex(subscriber.tariff());
        if (tariff < 0) {
            return Future.succeededFuture(Provisioned.Result.refused(Long.toString(msisdn), "unknown_tariff",
                    "no tariff '" + subscriber.tariff() + "' in the catalog"));
        }
        EngineCalls calls = web.services().calls();
        Command command = calls.command(CommandType.PROVISION, msisdn).item(tariff)
                .amount(subscriber.balance() == null ? 0 : subscriber.balance())
                .amount2(subscriber.creditLimit() == null ? 0 : subscriber.creditLimit());
        return calls.runAllowing(command).map(reply -> {
            if (reply.outcome() == Outcome.OK) {
                return Provisioned.Result.created(msisdn);
            }
            if (reply.outcome() == Outcome.ALREADY_PROVISIONED) {
                return Provisioned.Result.alreadyProvisioned(msisdn);
            }
            return Provisioned.Result.refused(Long.toString(msisdn), AccountDetails.lower(reply.outcome().name()), reply.outcome().reason());
        }).recover(failure -> failure instanceof EngineBusyException busy
                ? Future.succeededFuture(Provisioned.Result.refused(Long.toString(msisdn), "busy", busy.getMessage()))
                : Future.failedFuture(failure));
    }

    private static void statement(RoutingContext ctx, WebRuntime web) {
        long msisdn = WebRuntime.parseNumber(ctx.pathParam("msisdn"));
        StatementStore store = web.services().engine().statements();
        if (store == null) {
            throw ApiError.conflict("statements_unavailable", "the operator runs in memory and keeps no statements");
        }
        var zone = web.services().catalog().calendar().zone();
        long from = QueryParams.instant(ctx, "from", 0, zone);
        long to = QueryParams.instant(ctx, "to", Long.MAX_VALUE, zone);
        if (from >= to) {
            throw ApiError.badRequest("'from' must be before 'to'");
        }
        long cursor = QueryParams.number(ctx, "cursor", Page.FIRST, 0, Long.MAX_VALUE);
        int limit = (int) QueryParams.number(ctx, "limit", DEFAULT_PAGE, 1, MAX_PAGE);
        Catalog catalog = web.services().catalog();
        WebRuntime.respond(ctx, web.services().calls().read(msisdn).compose(read -> web.blocking(() -> {
            Page page;
            try {
                page = store.query(msisdn, from, to, limit, cursor);
            } catch (IllegalArgumentException e) {
                throw ApiError.badRequest(e.getMessage());
            }
            return new StatementSlice(msisdn, from, to, page.records().stream().map(record -> StatementRow.of(record, catalog)).toList(),
                    page.hasMore() ? page.nextCursor() : null);
        })));
    }
}
