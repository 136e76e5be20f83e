package io.telesim.simulator.web.money;

import java.util.Arrays;
import java.util.List;

/**
 * Everything about a number's money at once (F3), for {@code GET .../money} and the money page: the
 * balance, the top-up limits and test cards, the newest card payments, the auto top-up rule, the promised
 * payment and the transfer terms.
 */
public record MoneyOverview(long number, long balance, String balanceText, long topUpMinAmount, long topUpMaxAmount,
                            List<TestCardView> testCards, PaymentView.History payments, AutoTopUpView autoTopUp,
                            PromisedPaymentView promisedPayment, TransferTerms transfer) {

    /** A test card of the simulated bank: its number and what it does ({@code approved}, {@code declined}, {@code confirmation_code}). */
    public record TestCardView(String number, String printed, String behaviour) {

        static List<TestCardView> all() {
            return Arrays.stream(TestCard.values()).map(card -> new TestCardView(card.digits(), card.printed(), card.behaviour())).toList();
        }
    }

    /** The payments still waiting for the bank's code, for the page's confirmation forms. */
    public List<PaymentView> awaitingConfirmation() {
        return payments.payments().stream().filter(PaymentView::awaitingConfirmation).toList();
    }
}
