package io.telesim.simulator.web;

import java.util.concurrent.Callable;

import io.telesim.billing.number.InvalidNumberException;
import io.telesim.billing.number.Msisdn;
import io.telesim.simulator.web.http.ApiError;
import io.telesim.simulator.web.http.Json;
import io.telesim.simulator.web.login.WebAccount;
import io.telesim.simulator.web.login.WebAccounts;
import io.telesim.simulator.web.page.Pages;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;

/**
 * What every route set shares: the operator's services, the web accounts, the page renderer, and the
 * guards that check who is asking. A logged-in session holds its account's primary number; a route with
 * a {@code :msisdn} path parameter is only for numbers of that account (403 otherwise).
 */
public final class WebRuntime {

    /** The session key of the logged-in account's primary number. */
    public static final String SESSION_LOGIN = "login";
    private static final String ACCOUNT = "telesim.account";
    private static final String MSISDN = "telesim.msisdn";

    private final Vertx vertx;
    private final OperatorServices services;
    private final WebAccounts accounts;
    private final Pages pages = new Pages();

    public WebRuntime(Vertx vertx, OperatorServices services) {
        this.vertx = vertx;
        this.services = services;
        this.accounts = new WebAccounts(services.store());
    }

    public Vertx vertx() {
        return vertx;
    }

    public OperatorServices services() {
        return services;
    }

    public WebAccounts accounts() {
        return accounts;
    }

    public Pages pages() {
        return pages;
    }

    /** Lets the request on only with a logged-in session (401 otherwise); {@link #account} then gives its account. */
    public Handler<RoutingContext> requireLogin() {
        return ctx -> {
            WebAccount account = loggedIn(ctx);
            if (account == null) {
                ctx.fail(ApiError.unauthorized("log in first: POST /api/login"));
                return;
            }
            ctx.put(ACCOUNT, account);
            ctx.next();
        };
    }

    /** As {@link #requireLogin()}, and the {@code :msisdn} of the path must be a number of the account (403 otherwise). */
    public Handler<RoutingContext> requireOwnNumber() {
        return ctx -> {
            WebAccount account = loggedIn(ctx);
            if (account == null) {
                ctx.fail(ApiError.unauthorized("log in first: POST /api/login"));
                return;
            }
            long msisdn = parseNumber(ctx.pathParam("msisdn"));
            if (!account.owns(msisdn)) {
                ctx.fail(ApiError.forbidden(msisdn + " is not a number of your account"));
                return;
            }
            ctx.put(ACCOUNT, account);
            ctx.put(MSISDN, msisdn);
            ctx.next();
        };
    }

    /** The account of the logged-in session, or null. */
    public WebAccount loggedIn(RoutingContext ctx) {
        if (ctx.session() == null) {
            return null;
        }
        Object login = ctx.session().get(SESSION_LOGIN);
        return login == null ? null : accounts.ofNumber(Long.parseLong(login.toString())).orElse(null);
    }

    /** The account checked by a guard of this request. */
    public static WebAccount account(RoutingContext ctx) {
        return ctx.get(ACCOUNT);
    }

    /** The number checked by {@link #requireOwnNumber()}. */
    public static long msisdn(RoutingContext ctx) {
        return ctx.<Long>get(MSISDN);
    }

    /** A subscriber number as people write it (+7..., 8..., 7...); 400 when it is not one. */
    public static long parseNumber(String text) {
        if (text == null || text.isBlank()) {
            throw ApiError.badRequest("a phone number is needed");
        }
        try {
            return Msisdn.parseValue(text.trim());
        } catch (InvalidNumberException e) {
            throw ApiError.badRequest(e.getMessage());
        }
    }

    /** Answers with {@code result} as JSON when it succeeds, or fails the request with its failure. */
    public static <T> void respond(RoutingContext ctx, Future<T> result) {
        result.onSuccess(value -> Json.send(ctx, value)).onFailure(ctx::fail);
    }

    /** Runs {@code work} off the event loop (for calls that may wait, such as sending an SMS). */
    public <T> Future<T> blocking(Callable<T> work) {
        return vertx.executeBlocking(work, false);
    }
}
