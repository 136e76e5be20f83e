package io.telesim.simulator.web.plans;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

import io.telesim.billing.account.AccountRecord;
import io.telesim.billing.catalog.Tariff;
import io.telesim.billing.number.Msisdn;
import io.telesim.billing.result.Outcome;
import io.telesim.engine.CommandType;
import io.telesim.simulator.web.WebRuntime;
import io.telesim.simulator.web.http.ApiError;
import io.telesim.simulator.web.http.EngineCalls;
import io.telesim.simulator.web.http.Json;
import io.telesim.smpp.SmppRejection;
import io.telesim.smpp.centre.NotificationSms;
import io.vertx.core.Future;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * F11 over the API: a family tariff's owner invites a number ({@code POST /api/numbers/{owner}/family/invitations},
 * which tells it by SMS); the number accepts in its own account ({@code POST /api/numbers/{member}/family/invitations/{owner}/accept})
 * and only then joins, because joining changes its tariff and bundles. Either side drops an invitation
 * ({@code DELETE .../family/invitations/{other}}); the owner removes a member, or a member leaves
 * ({@code DELETE .../family/members/{member}}). {@code GET .../family} shows the family from the number's side.
 */
final class FamilyRoutes {

    static final long INVITATION_LIFETIME_MILLIS = 7 * 86_400_000L;

    /** The number to invite, as people type it. */
    record InvitationRequest(String number) {
    }

    private final PlanCalls plans;
    private final FamilyBook book;
    private final LongSupplier wallClock;

    FamilyRoutes(PlanCalls plans, FamilyBook book, LongSupplier wallClock) {
        this.plans = plans;
        this.book = book;
        this.wallClock = wallClock;
    }

    void mount(Router router, WebRuntime web) {
        router.get(PlansRoutes.NUMBER + "/family").handler(web.requireOwnNumber())
                .handler(ctx -> WebRuntime.respond(ctx, show(WebRuntime.msisdn(ctx))));
        router.post(PlansRoutes.NUMBER + "/family/invitations").handler(web.requireOwnNumber()).handler(ctx -> invite(ctx, web));
        router.post(PlansRoutes.NUMBER + "/family/invitations/:owner/accept").handler(web.requireOwnNumber()).handler(this::accept);
        router.delete(PlansRoutes.NUMBER + "/family/invitations/:other").handler(web.requireOwnNumber()).handler(this::dropInvitation);
        router.delete(PlansRoutes.NUMBER + "/family/members/:member").handler(web.requireOwnNumber()).handler(this::remove);
    }

    /** The family as {@code msisdn} sees it; recorded members that are no longer in the family are forgotten. */
    Future<FamilySection> show(long msisdn) {
        long now = wallClock.getAsLong();
        List<FamilyBook.Member> recorded = book.membersOf(msisdn);
        AccountRecord account = AccountRecord.onHeap();
        AccountRecord member = AccountRecord.onHeap();
        return plans.engine().query(view -> {
            if (!view.account(msisdn, account)) {
                return null;
            }
            List<Long> still = new ArrayList<>();
            for (FamilyBook.Member joined : recorded) {
                if (joined.member() != msisdn && view.account(joined.member(), member) && member.familyOwner() == msisdn) {
                    still.add(joined.member());
                }
            }
            return still;
        }).compose(still -> {
            if (still == null) {
                return Future.failedFuture(ApiError.notFound(msisdn + " is not a subscriber"));
            }
            recorded.stream().filter(joined -> !still.contains(joined.member())).forEach(gone -> book.left(msisdn, gone.member()));
            return Future.succeededFuture(FamilySection.of(plans.catalog(), account, still, book.sentBy(msisdn, now),
                    book.receivedBy(msisdn, now)));
        });
    }

    private void invite(RoutingContext ctx, WebRuntime web) {
        long owner = WebRuntime.msisdn(ctx);
        long member = WebRuntime.parseNumber(Json.body(ctx, InvitationRequest.class).number());
        if (member == owner) {
            throw ApiError.badRequest("the owner is in the family already: invite another number");
        }
        EngineCalls calls = plans.engine();
        WebRuntime.respond(ctx, calls.account(owner).compose(owned -> calls.account(member).compose(invited -> {
            Tariff tariff = plans.catalog().tariff(owned.tariff());
            if (!tariff.isFamily() || owned.isFamilyMember()) {
                return Future.failedFuture(ApiError.refusal(Outcome.NOT_FAMILY_TARIFF));
            }
            if (Math.max(1, owned.familySize()) >= tariff.family().maxSims()) {
                return Future.failedFuture(ApiError.refusal(Outcome.FAMILY_FULL));
            }
            if (invited.familyOwner() != 0) {
                return Future.failedFuture(ApiError.refusal(Outcome.ALREADY_IN_FAMILY));
            }
            String text = new Msisdn(owner).formatted() + " invites you to the family on the " + tariff.name()
                    + " tariff: you would share its bundles. To accept, open Tariff and services in your Telesim account.";
            return web.blocking(() -> web.services().senders().sendFrom(NotificationSms.SENDER, member, text));
        })).recover(FamilyRoutes::smsRefusal).compose(sent -> {
            book.invite(new FamilyBook.Invitation(owner, member, wallClock.getAsLong() + INVITATION_LIFETIME_MILLIS));
            return show(owner);
        }));
    }

    private void accept(RoutingContext ctx) {
        long member = WebRuntime.msisdn(ctx);
        long owner = WebRuntime.parseNumber(ctx.pathParam("owner"));
        if (book.invitation(owner, member, wallClock.getAsLong()).isEmpty()) {
            throw ApiError.notFound("no open invitation from " + owner);
        }
        WebRuntime.respond(ctx, plans.engine().run(plans.command(CommandType.ADD_FAMILY_MEMBER, owner).other(member)).compose(reply -> {
            book.forget(owner, member);
            book.joined(new FamilyBook.Member(owner, member, reply.time()));
            return show(member);
        }));
    }

    private void dropInvitation(RoutingContext ctx) {
        long msisdn = WebRuntime.msisdn(ctx);
        long other = WebRuntime.parseNumber(ctx.pathParam("other"));
        if (!book.forget(msisdn, other) && !book.forget(other, msisdn)) {
            throw ApiError.notFound("no invitation between " + msisdn + " and " + other);
        }
        WebRuntime.respond(ctx, show(msisdn));
    }

    /** The owner removes {@code member}, or a member removes itself (leaves); the engine refuses anyone else. */
    private void remove(RoutingContext ctx) {
        long msisdn = WebRuntime.msisdn(ctx);
        long member = WebRuntime.parseNumber(ctx.pathParam("member"));
        EngineCalls calls = plans.engine();
        Future<Long> owner = member != msisdn ? Future.succeededFuture(msisdn) : calls.account(msisdn).compose(account -> account.isFamilyMember()
                ? Future.succeededFuture(account.familyOwner()) : Future.failedFuture(ApiError.refusal(Outcome.NOT_IN_FAMILY)));
        WebRuntime.respond(ctx, owner.compose(family -> calls.run(plans.command(CommandType.REMOVE_FAMILY_MEMBER, family).other(member))
                .compose(reply -> {
                    book.left(family, member);
                    return show(msisdn);
                })));
    }

    private static <T> Future<T> smsRefusal(Throwable failure) {
        if (failure instanceof SmppRejection rejection) {
            return Future.failedFuture(new ApiError(503, "sms_refused", "the invitation could not be sent by SMS: " + rejection.getMessage()));
        }
        return Future.failedFuture(failure);
    }
}
