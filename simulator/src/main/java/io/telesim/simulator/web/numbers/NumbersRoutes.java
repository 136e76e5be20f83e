package io.telesim.simulator.web.numbers;

import java.util.ArrayList;
import java.util.List;

import io.telesim.billing.number.NumberingPlan;
import io.telesim.billing.number.Region;
import io.telesim.simulator.web.RouteSet;
import io.telesim.simulator.web.WebRuntime;
import io.telesim.simulator.web.http.ApiError;
import io.telesim.simulator.web.http.Json;
import io.telesim.simulator.web.login.WebAccount;
import io.telesim.simulator.web.page.PageFrame;
import io.telesim.simulator.web.page.PageRoutes;
import io.telesim.smpp.SmppRejection;
import io.vertx.core.Future;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * F8, several numbers in one account, for any number of the session's account:
 *
 * <ul>
 *   <li>{@code GET /api/numbers/{msisdn}/account-numbers}: the account's numbers and requests</li>
 *   <li>{@code POST /api/numbers/{msisdn}/account-numbers/code} {@code {"number"}}: a code by SMS to the number to add (202)</li>
 *   <li>{@code POST /api/numbers/{msisdn}/account-numbers/requests} {@code {"number", "code"}}: the request (202)</li>
 *   <li>{@code GET /api/numbers/{msisdn}/account-numbers/requests/{id}}</li>
 *   <li>{@code GET /account/{msisdn}/numbers}: the page</li>
 * </ul>
 *
 * A request is due two business days after it was made, by the operator's clock; a timer completes due
 * requests every {@link #PROCESS_EVERY_MILLIS}, and so does every read here. Rule violations are 422s with
 * the {@link Refusal} codes.
 */
public final class NumbersRoutes implements RouteSet {

    static final long PROCESS_EVERY_MILLIS = 2_000;
    static final int BUSINESS_DAYS = 2;
    private static final int LISTED_REQUESTS = 50;

    /** The number to send a code to. */
    public record CodeRequest(String number) {
    }

    /** The number to add and the code its SMS brought. */
    public record AddRequest(String number, String code) {
    }

    public record CodeSent(long number, String sender, long expiresInSeconds) {
    }

    /** The numbers page's model. */
    public record NumbersPage(PageFrame frame, AccountNumbersView view) {
    }

    @Override
    public void mount(Router router, WebRuntime web) {
        NumberRequests requests = new NumberRequests(web.services().store());
        JoinRules rules = new JoinRules(web.services(), web.accounts(), new NumberOwners(web.services().store()), requests);
        NumberRequestProcessor processor = new NumberRequestProcessor(web, requests, rules);
        NumberCodes codes = new NumberCodes();
        processor.start(PROCESS_EVERY_MILLIS);
        String base = "/api/numbers/:msisdn/account-numbers";
        router.get(base).handler(web.requireOwnNumber())
                .handler(ctx -> WebRuntime.respond(ctx, view(web, processor, requests, WebRuntime.account(ctx).primary())));
        router.post(base + "/code").handler(web.requireOwnNumber()).handler(ctx -> sendCode(ctx, web, rules, codes));
        router.post(base + "/requests").handler(web.requireOwnNumber()).handler(ctx -> submit(ctx, web, rules, codes, requests));
        router.get(base + "/requests/:id").handler(web.requireOwnNumber()).handler(ctx -> {
            long primary = WebRuntime.account(ctx).primary();
            String id = ctx.pathParam("id");
            WebRuntime.respond(ctx, processor.processDue().transform(run -> web.blocking(() -> requests.get(primary, id)
                    .map(AccountNumbersView.RequestView::of)
                    .orElseThrow(() -> ApiError.notFound("your account has no request " + id)))));
        });
        router.get("/account/:msisdn/numbers").handler(PageRoutes.pageGuard(web)).handler(ctx ->
                view(web, processor, requests, WebRuntime.account(ctx).primary())
                        .onSuccess(view -> web.pages().send(ctx, "numbers.jte", new NumbersPage(PageRoutes.frame(ctx, "numbers"), view)))
                        .onFailure(ctx::fail));
    }

    /** The account's numbers and requests, after completing whatever is due. */
    private static Future<AccountNumbersView> view(WebRuntime web, NumberRequestProcessor processor, NumberRequests requests,
                                                   long primary) {
        return processor.processDue().transform(run -> web.blocking(() -> {
            WebAccount account = web.accounts().ofNumber(primary).orElseThrow(() -> ApiError.notFound(primary + " has no account"));
            NumberingPlan plan = web.services().catalog().numbering();
            List<AccountNumbersView.AccountNumber> numbers = new ArrayList<>();
            for (long number : account.numbers()) {
                int region = plan.regionOf(number);
                Region known = region == Region.UNKNOWN ? null : plan.region(region);
                numbers.add(new AccountNumbersView.AccountNumber(number, number == account.primary(), region,
                        known == null ? null : known.name()));
            }
            return new AccountNumbersView(account.primary(), List.copyOf(numbers),
                    requests.ofAccount(account.primary(), LISTED_REQUESTS).stream().map(AccountNumbersView.RequestView::of).toList());
        }));
    }

    private static void sendCode(RoutingContext ctx, WebRuntime web, JoinRules rules, NumberCodes codes) {
        long primary = WebRuntime.account(ctx).primary();
        long number = WebRuntime.parseNumber(Json.body(ctx, CodeRequest.class).number());
        rules.check(primary, number, true).compose(refusal -> {
            if (refusal != null) {
                return Future.failedFuture(refusal.toApiError());
            }
            long now = web.services().wallClock().getAsLong();
            long wait = codes.tryAcquire(number, now);
            if (wait > 0) {
                ctx.response().putHeader("Retry-After", Long.toString((wait + 999) / 1000));
                return Future.failedFuture(ApiError.tooManyRequests("too many codes for " + number + ": try again in "
                        + (wait + 999) / 1000 + " s"));
            }
            String code = codes.issue(primary, number, now);
            String text = "Telesim code: " + code + ". It confirms adding this number to the account of " + primary
                    + ". If you did not ask for it, do not tell it to anyone.";
            return web.blocking(() -> web.services().senders().sendFrom("3339", number, text))
                    .map(sent -> new CodeSent(number, "3339", NumberCodes.LIFETIME_MILLIS / 1000));
        }).recover(failure -> failure instanceof SmppRejection rejection
                ? Future.failedFuture(new ApiError(503, "sms_refused", "the SMS could not be sent: " + rejection.getMessage()))
                : Future.failedFuture(failure))
                .onSuccess(sent -> Json.send(ctx, 202, sent)).onFailure(ctx::fail);
    }

    private static void submit(RoutingContext ctx, WebRuntime web, JoinRules rules, NumberCodes codes, NumberRequests requests) {
        long primary = WebRuntime.account(ctx).primary();
        AddRequest body = Json.body(ctx, AddRequest.class);
        long number = WebRuntime.parseNumber(body.number());
        if (body.code() == null || body.code().isBlank()) {
            throw ApiError.badRequest("send the 'code' from the SMS sent to " + number);
        }
        rules.check(primary, number, true).compose(refusal -> {
            Refusal wrongCode = refusal != null ? refusal : codes.check(primary, number, body.code(), web.services().wallClock().getAsLong());
            if (wrongCode != null) {
                return Future.failedFuture(wrongCode.toApiError());
            }
            long now = web.services().clock().now();
            long due = BusinessDays.after(now, BUSINESS_DAYS, web.services().catalog().calendar().zone());
            return web.blocking(() -> requests.submit(primary, number, now, due).map(AccountNumbersView.RequestView::of)
                    .orElseThrow(() -> new Refusal("request_pending", "a request to add " + number
                            + " to an account is already being processed").toApiError()));
        }).onSuccess(request -> Json.send(ctx, 202, request)).onFailure(ctx::fail);
    }
}
