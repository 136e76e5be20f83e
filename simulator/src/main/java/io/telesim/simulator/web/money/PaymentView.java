package io.telesim.simulator.web.money;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.telesim.billing.money.Money;

/**
 * A card payment as the API and the page show it.
 *
 * @param time          wall-clock epoch millis of the payment
 * @param card          masked: {@code **** 1111}
 * @param state         {@code awaiting_confirmation}, {@code approved}, {@code declined}, {@code failed} or {@code expired}
 * @param reason        why it was declined, failed or expired
 * @param confirmBefore while awaiting confirmation: when it expires (epoch millis)
 * @param attemptsLeft  while awaiting confirmation: wrong codes it still takes
 * @param credited      true once the amount is on the balance
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PaymentView(long id, long time, long amount, String amountText, String card, String state, String reason,
                          Long confirmBefore, Integer attemptsLeft, boolean credited) {

    static PaymentView of(CardPayment payment) {
        boolean awaiting = payment.state() == PaymentState.AWAITING_CONFIRMATION;
        return new PaymentView(payment.id(), payment.createdAt(), payment.amount(), Money.format(payment.amount()), payment.card(),
                payment.state().code(), payment.reason(), awaiting ? payment.confirmBefore() : null,
                awaiting ? payment.attemptsLeft() : null, payment.credited());
    }

    public boolean awaitingConfirmation() {
        return confirmBefore != null;
    }

    /** A page of the payment history, newest first; {@code nextCursor} asks for the next (older) page, null after the last. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record History(List<PaymentView> payments, String nextCursor) {

        static History of(PaymentBook.Page page) {
            return new History(page.payments().stream().map(PaymentView::of).toList(), page.nextCursor());
        }
    }
}
