package io.telesim.simulator.web.money;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.telesim.billing.account.AccountRecord;
import io.telesim.billing.money.Money;
import io.telesim.billing.result.Notices;
import io.telesim.engine.NotificationSink;
import io.telesim.simulator.web.WebRuntime;
import io.telesim.smpp.SmppRejection;
import io.telesim.smpp.centre.NotificationSms;
import io.vertx.core.Context;
import io.vertx.core.Future;

/**
 * Makes the auto top-ups the engine asks for (F3). On {@link Notices#AUTO_TOP_UP_DUE} the rule's amount is
 * charged to the card linked to it as a merchant-initiated payment (no 3-D Secure: nobody is there to type a
 * code), kept in the payment history like any card payment, credited through the card top-ups' path (a
 * command id from the payment id, so it is applied once), and the subscriber is told by SMS from
 * {@code Telesim}. The rule is read again first: one cleared meanwhile, or no longer waiting for its top-up,
 * is left alone.
 *
 * <p>The engine calls on its output thread, which must not wait: the work hops onto a Vert.x context of its
 * own at once, and everything after runs there, one number's top-up at a time.
 */
final class AutoTopUps implements NotificationSink {

    static final String NO_CARD = "no card is linked to the rule";
    private static final Logger LOG = LoggerFactory.getLogger(AutoTopUps.class);

    private final WebRuntime web;
    private final CardTopUps topUps;
    private final LinkedCards cards;
    private final Context context;
    /** Numbers whose top-up is under way, so a notice that overtakes one cannot pay twice; used on {@link #context} only. */
    private final Set<Long> underWay = new HashSet<>();

    AutoTopUps(WebRuntime web, CardTopUps topUps, LinkedCards cards) {
        this.web = web;
        this.topUps = topUps;
        this.cards = cards;
        this.context = web.vertx().getOrCreateContext();
    }

    @Override
    public void onNotices(long msisdn, int notices, long balance, long time) {
        if (Notices.has(notices, Notices.AUTO_TOP_UP_DUE)) {
            context.runOnContext(ignored -> start(msisdn));
        }
    }

    private void start(long msisdn) {
        if (!underWay.add(msisdn)) {
            return;
        }
        topUp(msisdn).onComplete(done -> {
            underWay.remove(msisdn);
            if (done.failed()) {
                LOG.warn("the auto top-up of {} failed", msisdn, done.cause());
            }
        });
    }

    private Future<Void> topUp(long msisdn) {
        return web.services().calls().account(msisdn).compose(account -> {
            if (!due(account)) {
                return Future.succeededFuture();
            }
            long amount = account.autoTopUpAmount();
            Optional<LinkedCard> card = cards.of(msisdn);
            if (card.isEmpty()) {
                return tell(msisdn, failed(amount, NO_CARD));
            }
            return topUps.payFromLinkedCard(msisdn, amount, card.get()).compose(payment -> told(payment).compose(text -> tell(msisdn, text)));
        });
    }

    /** True while the rule is set and waits for its top-up (a top-up of any kind, or clearing the rule, ends the wait). */
    private static boolean due(AccountRecord account) {
        return account.autoTopUpThreshold() > 0 && account.autoTopUpPending();
    }

    /** What the subscriber is told of {@code payment}: with the balance once it is credited. */
    private Future<String> told(CardPayment payment) {
        if (payment.state() != PaymentState.APPROVED) {
            return Future.succeededFuture(failed(payment.amount(), payment.reason()));
        }
        String paid = "Auto top-up: " + Money.format(payment.amount()) + " from card " + payment.card();
        if (!payment.credited()) {
            return Future.succeededFuture(paid + ". It will be on your balance shortly.");
        }
        return web.services().calls().read(payment.msisdn()).map(reply -> paid + ". Balance " + Money.format(reply.balance()) + ".");
    }

    private static String failed(long amount, String reason) {
        return "Auto top-up of " + Money.format(amount) + " failed: " + reason + ".";
    }

    private Future<Void> tell(long msisdn, String text) {
        return web.blocking(() -> {
            try {
                web.services().senders().sendFrom(NotificationSms.SENDER, msisdn, text);
            } catch (SmppRejection e) {
                LOG.info("the auto top-up SMS to {} was not sent: {}", msisdn, e.getMessage());
            }
            return null;
        });
    }
}
