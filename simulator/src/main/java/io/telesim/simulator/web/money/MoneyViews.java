package io.telesim.simulator.web.money;

import io.telesim.billing.catalog.Catalog;
import io.telesim.billing.catalog.Policies;
import io.telesim.billing.money.Money;
import io.telesim.billing.ops.PromisedPayments;
import io.telesim.simulator.web.OperatorServices;
import io.telesim.simulator.web.http.EngineCalls;
import io.vertx.core.Future;

/**
 * Reads a number's money from the engine (a copy of its account, consistent with every command sent
 * before), the card payments from the book and the auto top-up's linked card, and shapes them for the API
 * and the page. Eligibility for a promised payment is judged by the same billing rule the engine applies,
 * on the copy.
 */
final class MoneyViews {

    /** How many payments a history page holds unless asked otherwise. */
    static final int DEFAULT_PAGE = 20;

    private final OperatorServices services;
    private final CardTopUps topUps;
    private final LinkedCards cards;
    private final PromisedPayments promisedRules;

    MoneyViews(OperatorServices services, CardTopUps topUps, LinkedCards cards) {
        this.services = services;
        this.topUps = topUps;
        this.cards = cards;
        this.promisedRules = new io.telesim.billing.ops.BillingRules(services.catalog()).promisedPayments();
    }

    Future<MoneyOverview> overview(long msisdn) {
        EngineCalls calls = services.calls();
        Catalog catalog = services.catalog();
        Policies policies = catalog.policies();
        return history(msisdn, null, DEFAULT_PAGE).compose(history -> calls.account(msisdn).map(account -> {
            long now = services.clock().now();
            return new MoneyOverview(msisdn, account.balance(), Money.format(account.balance()), policies.topUp().minAmount(),
                    policies.topUp().maxAmount(), MoneyOverview.TestCardView.all(), history,
                    AutoTopUpView.of(account, policies.topUp(), cards.of(msisdn).orElse(null)),
                    PromisedPaymentView.of(account, policies.promisedPayment(), promisedRules, now),
                    TransferTerms.of(account, policies.transfer(), catalog.calendar(), now, null));
        }));
    }

    /** A page of card payments, newest first; payments still owed a top-up on the page are credited first. */
    Future<PaymentView.History> history(long msisdn, String cursor, int limit) {
        long now = services.wallClock().getAsLong();
        PaymentBook.Page page = topUps.book().page(msisdn, cursor, limit, now);
        var owed = page.payments().stream().filter(CardPayment::needsCrediting).map(topUps::credit).toList();
        if (owed.isEmpty()) {
            return Future.succeededFuture(PaymentView.History.of(page));
        }
        return Future.join(owed).transform(settled -> Future.succeededFuture(
                PaymentView.History.of(topUps.book().page(msisdn, cursor, limit, now))));
    }

    Future<AutoTopUpView> autoTopUp(long msisdn) {
        return services.calls().account(msisdn).map(account -> AutoTopUpView.of(account, services.catalog().policies().topUp(),
                cards.of(msisdn).orElse(null)));
    }

    Future<PromisedPaymentView> promisedPayment(long msisdn) {
        return services.calls().account(msisdn).map(account -> PromisedPaymentView.of(account,
                services.catalog().policies().promisedPayment(), promisedRules, services.clock().now()));
    }

    Future<TransferTerms> transferTerms(long msisdn, Long amount) {
        return services.calls().account(msisdn).map(account -> TransferTerms.of(account, services.catalog().policies().transfer(),
                services.catalog().calendar(), services.clock().now(), amount));
    }
}
