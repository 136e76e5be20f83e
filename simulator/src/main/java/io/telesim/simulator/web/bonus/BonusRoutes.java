package io.telesim.simulator.web.bonus;

import java.util.List;

import io.telesim.billing.catalog.BonusPolicy;
import io.telesim.billing.catalog.Catalog;
import io.telesim.billing.result.Outcome;
import io.telesim.engine.CommandType;
import io.telesim.simulator.web.RouteSet;
import io.telesim.simulator.web.WebRuntime;
import io.telesim.simulator.web.http.ApiError;
import io.telesim.simulator.web.http.EngineCalls;
import io.telesim.simulator.web.http.Json;
import io.telesim.simulator.web.page.PageFrame;
import io.telesim.simulator.web.page.PageRoutes;
import io.vertx.core.Future;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Bonus points (F9): the page {@code /account/{msisdn}/bonus} and its API: the points, rewards and open gifts
 * ({@code GET /api/numbers/{msisdn}/bonus}); redeeming points for a reward ({@code POST .../bonus/redemptions});
 * gifting points to another number of ours ({@code POST .../bonus/gifts}: the engine makes a claim code, which
 * reaches the recipient by SMS from {@code Telesim}); and claiming a gift with that code ({@code POST .../bonus/claims}).
 */
public final class BonusRoutes implements RouteSet {

    private static final String BONUS = "/api/numbers/:msisdn/bonus";

    /** Redeem points for the reward that gives the add-on {@code rewardId}. */
    public record Redemption(String rewardId) {
    }

    /** Gift {@code points} to the number {@code to}, as people type it. */
    public record GiftRequest(String to, Long points) {
    }

    /** Claim a gift with the 6-digit {@code code} from the SMS. */
    public record Claim(String code) {
    }

    /** The bonus page's model. */
    public record BonusPage(PageFrame frame, BonusSection bonus) {
    }

    @Override
    public void mount(Router router, WebRuntime web) {
        EngineCalls calls = web.services().calls();
        Catalog catalog = web.services().catalog();
        router.get(BONUS).handler(web.requireOwnNumber()).handler(ctx -> WebRuntime.respond(ctx, show(calls, catalog, WebRuntime.msisdn(ctx))));
        router.post(BONUS + "/redemptions").handler(web.requireOwnNumber()).handler(ctx -> {
            int reward = reward(catalog, Json.body(ctx, Redemption.class).rewardId());
            long msisdn = WebRuntime.msisdn(ctx);
            WebRuntime.respond(ctx, calls.run(calls.command(CommandType.REDEEM_BONUS, msisdn).item(reward))
                    .compose(reply -> show(calls, catalog, msisdn)));
        });
        router.post(BONUS + "/gifts").handler(web.requireOwnNumber()).handler(ctx -> gift(ctx, calls, catalog));
        router.post(BONUS + "/claims").handler(web.requireOwnNumber()).handler(ctx -> claim(ctx, calls, catalog));
        router.get("/account/:msisdn/bonus").handler(PageRoutes.pageGuard(web)).handler(ctx -> show(calls, catalog, WebRuntime.msisdn(ctx))
                .onSuccess(bonus -> web.pages().send(ctx, "bonus.jte", new BonusPage(PageRoutes.frame(ctx, "bonus"), bonus)))
                .onFailure(ctx::fail));
    }

    private static Future<BonusSection> show(EngineCalls calls, Catalog catalog, long msisdn) {
        return BonusSnapshot.load(calls, msisdn).map(snapshot -> BonusSection.of(catalog, snapshot));
    }

    private static void gift(RoutingContext ctx, EngineCalls calls, Catalog catalog) {
        GiftRequest request = Json.body(ctx, GiftRequest.class);
        long recipient = WebRuntime.parseNumber(request.to());
        if (request.points() == null) {
            throw ApiError.badRequest("'points' is needed: how many points to give");
        }
        long msisdn = WebRuntime.msisdn(ctx);
        WebRuntime.respond(ctx, calls.run(calls.command(CommandType.GIFT_BONUS, msisdn).other(recipient).amount(request.points()))
                .compose(reply -> show(calls, catalog, msisdn)));
    }

    private static void claim(RoutingContext ctx, EngineCalls calls, Catalog catalog) {
        String code = Json.body(ctx, Claim.class).code();
        if (code == null || !code.trim().matches("\\d{6}")) {
            throw ApiError.badRequest("'code' is needed: the 6 digits from the SMS");
        }
        long msisdn = WebRuntime.msisdn(ctx);
        WebRuntime.respond(ctx, calls.run(calls.command(CommandType.CLAIM_GIFT, msisdn).amount(Long.parseLong(code.trim())))
                .recover(BonusRoutes::hideOthersGifts)
                .compose(reply -> show(calls, catalog, msisdn)));
    }

    /** A code of a gift to another number is answered as an unknown code, so codes cannot be probed for others' gifts. */
    private static <T> Future<T> hideOthersGifts(Throwable failure) {
        if (failure instanceof ApiError error && error.code().equals("gift_wrong_recipient")) {
            return Future.failedFuture(ApiError.refusal(Outcome.GIFT_UNKNOWN_CODE));
        }
        return Future.failedFuture(failure);
    }

    /** The index of the reward giving add-on {@code id} (the first such reward); 400 when there is none. */
    private static int reward(Catalog catalog, String id) {
        if (id == null || id.isBlank()) {
            throw ApiError.badRequest("'rewardId' is needed: the id of a reward from GET .../bonus");
        }
        List<BonusPolicy.Reward> rewards = catalog.policies().bonus().rewards();
        for (int i = 0; i < rewards.size(); i++) {
            if (rewards.get(i).addOnId().equals(id.trim())) {
                return i;
            }
        }
        throw ApiError.badRequest("there is no reward '" + id + "'");
    }
}
