package io.telesim.simulator.web.money;

import io.telesim.billing.money.Money;
import io.telesim.billing.result.Outcome;
import io.telesim.engine.Command;
import io.telesim.engine.CommandType;
import io.telesim.engine.EngineBusyException;
import io.telesim.simulator.web.OperatorServices;
import io.telesim.simulator.web.WebRuntime;
import io.telesim.simulator.web.http.ApiError;
import io.telesim.smpp.SmppRejection;
import io.vertx.core.Future;

/**
 * Top-ups by bank card through the {@link TestAcquirer} (F3), typed in by the subscriber or charged to the
 * card linked to the auto top-up rule. A payment is checked, answered by the bank and stored before
 * anything else happens; an approved one is then credited by a TOP_UP whose command id comes from the
 * payment id, so crediting it again (a repeated confirmation, a retry after a busy engine) changes the
 * balance once only. A payment that needs a code waits for it for ten minutes of wall clock.
 */
final class CardTopUps {

    static final long CONFIRMATION_MILLIS = 10 * 60_000L;
    static final String SMS_FAILED = "the bank could not send the confirmation code";

    private final WebRuntime web;
    private final PaymentBook book;
    private final PaymentIds ids;
    private final CardCheck check;
    private final TestAcquirer bank = new TestAcquirer();

    CardTopUps(WebRuntime web, PaymentBook book) {
        this.web = web;
        this.book = book;
        OperatorServices services = web.services();
        this.ids = new PaymentIds(services.wallClock().getAsLong());
        this.check = new CardCheck(services.catalog().policies().topUp(), services.catalog().calendar().zone());
    }

    PaymentBook book() {
        return book;
    }

    /** Checks the card (a 4xx when it is wrong), asks the bank, stores the payment, and credits it when approved. */
    Future<CardPayment> pay(long msisdn, MoneyRequests.CardTopUp request) {
        long now = web.services().wallClock().getAsLong();
        CardCheck.CheckedCard card = check.check(request, now);
        TestAcquirer.Decision decision = bank.decide(card.digits());
        long id = ids.next();
        return switch (decision.answer()) {
            case APPROVE, DECLINE -> settle(id, msisdn, now, card.amount(), card.masked(), decision);
            case ASK_FOR_CODE -> askForCode(id, msisdn, now, card);
        };
    }

    /**
     * Charges {@code amount} to the card linked to the auto top-up rule as a merchant-initiated payment (no
     * code is asked), stores the payment, and credits it when the bank approves.
     */
    Future<CardPayment> payFromLinkedCard(long msisdn, long amount, LinkedCard card) {
        long now = web.services().wallClock().getAsLong();
        return settle(ids.next(), msisdn, now, amount, card.card(), bank.decideMerchantInitiated(card, check.month(now)));
    }

    /** Stores a payment the bank approved or declined at once; credits an approved one. */
    private Future<CardPayment> settle(long id, long msisdn, long now, long amount, String maskedCard, TestAcquirer.Decision decision) {
        if (decision.answer() == TestAcquirer.Answer.APPROVE) {
            CardPayment approved = CardPayment.approved(id, msisdn, now, amount, maskedCard);
            book.save(approved);
            return credit(approved);
        }
        CardPayment declined = CardPayment.declined(id, msisdn, now, amount, maskedCard, decision.reason());
        book.save(declined);
        return Future.succeededFuture(declined);
    }

    private Future<CardPayment> askForCode(long id, long msisdn, long now, CardCheck.CheckedCard card) {
        String code = ConfirmationCode.generate();
        CardPayment awaiting = CardPayment.awaiting(id, msisdn, now, card.amount(), card.masked(), ConfirmationCode.hash(code),
                PaymentBook.CONFIRMATION_ATTEMPTS, now + CONFIRMATION_MILLIS);
        book.save(awaiting);
        String text = code + " is your code to pay " + Money.format(card.amount()) + " to Telesim with card " + card.masked()
                + ". Never tell it to anyone.";
        return web.blocking(() -> web.services().senders().sendFrom(TestAcquirer.SMS_SENDER, msisdn, text))
                .map(sent -> awaiting)
                .recover(failure -> {
                    if (!(failure instanceof SmppRejection rejection)) {
                        return Future.failedFuture(failure);
                    }
                    book.failed(awaiting, SMS_FAILED);
                    return Future.failedFuture(new ApiError(503, "sms_refused",
                            "the bank could not send the confirmation code by SMS: " + rejection.getMessage()));
                });
    }

    /** Checks the bank's code for payment {@code id}: 404, 409 when it is not waiting for one, 422 when the code is wrong. */
    Future<CardPayment> confirm(long msisdn, long id, String code) {
        if (code == null || code.isBlank()) {
            throw ApiError.badRequest("send the 'code' from the bank's SMS");
        }
        long now = web.services().wallClock().getAsLong();
        PaymentBook.Confirmation confirmation = book.confirm(msisdn, id, code, now)
                .orElseThrow(() -> ApiError.notFound("no payment " + id + " for " + msisdn));
        CardPayment payment = confirmation.payment();
        return switch (confirmation.verdict()) {
            case APPROVED, ALREADY_APPROVED -> credit(payment);
            case WRONG_CODE -> Future.failedFuture(new ApiError(422, "wrong_code", "wrong confirmation code: "
                    + payment.attemptsLeft() + (payment.attemptsLeft() == 1 ? " attempt" : " attempts") + " left"));
            case FAILED -> Future.failedFuture(new ApiError(422, "payment_failed", "wrong confirmation code "
                    + PaymentBook.CONFIRMATION_ATTEMPTS + " times: the payment failed"));
            case NOT_AWAITING -> Future.failedFuture(ApiError.conflict("payment_" + payment.state().code(),
                    "the payment is " + payment.state().code().replace('_', ' ') + ": " + payment.reason()));
        };
    }

    /** Payment {@code id} as it is now: expired if its time is up, credited if its top-up is still owed. */
    Future<CardPayment> find(long msisdn, long id) {
        return book.find(msisdn, id, web.services().wallClock().getAsLong()).map(this::credit)
                .orElseThrow(() -> ApiError.notFound("no payment " + id + " for " + msisdn));
    }

    /**
     * Sends the top-up of an approved payment that is not yet credited; the same command id every time.
     * A busy engine leaves the payment owed (the next look at it tries again); a refusal fails it.
     */
    Future<CardPayment> credit(CardPayment payment) {
        if (!payment.needsCrediting()) {
            return Future.succeededFuture(payment);
        }
        Command topUp = new Command().set(CommandType.TOP_UP, PaymentIds.topUpCommandId(payment.id()), payment.msisdn())
                .amount(payment.amount());
        return web.services().calls().runAllowing(topUp)
                .map(reply -> reply.outcome() == Outcome.OK ? book.credited(payment)
                        : book.failed(payment, "the operator did not accept the payment: " + reply.outcome().reason()))
                .recover(failure -> busy(failure) ? Future.succeededFuture(payment) : Future.failedFuture(failure));
    }

    private static boolean busy(Throwable failure) {
        return failure instanceof EngineBusyException || failure.getCause() instanceof EngineBusyException;
    }
}
