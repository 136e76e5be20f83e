package io.telesim.ussd.builtin;

import java.util.TreeSet;
import java.util.concurrent.CompletionStage;

import io.telesim.billing.catalog.PromisedPaymentPolicy;
import io.telesim.engine.CommandType;

/**
 * {@code *111*123#}: a promised payment. Offers the top of each of the policy's fee tiers (within its
 * limits), the most credit each fee buys; the engine decides whether the number may take it.
 */
final class PromisedPaymentFlow implements Flow {

    private final EngineCalls engine;

    PromisedPaymentFlow(EngineCalls engine) {
        this.engine = engine;
    }

    @Override
    public CompletionStage<Turn> open(long msisdn, Page back) {
        PromisedPaymentPolicy policy = policy();
        TreeSet<Long> amounts = new TreeSet<>();
        for (PromisedPaymentPolicy.FeeTier tier : policy.fees()) {
            amounts.add(Math.max(policy.minAmount(), Math.min(policy.maxAmount(), tier.upTo())));
        }
        Menu menu = Menu.titled("Promised payment for " + policy.dueDays() + " days:").back(back);
        for (long amount : amounts) {
            menu.item(Wording.money(amount) + ", fee " + Wording.money(policy.feeFor(amount)), () -> confirm(msisdn, amount));
        }
        return menu.open();
    }

    private CompletionStage<Turn> confirm(long msisdn, long amount) {
        PromisedPaymentPolicy policy = policy();
        return Menu.confirm("Take " + Wording.money(amount) + " for " + policy.dueDays() + " days, fee "
                        + Wording.money(policy.feeFor(amount)) + "?",
                () -> engine.run(engine.command(CommandType.PROMISED_PAYMENT, msisdn).amount(amount),
                        reply -> "Promised payment of " + Wording.money(amount) + " is credited.\n" + Wording.balance(reply.balance())));
    }

    private PromisedPaymentPolicy policy() {
        return engine.catalog().policies().promisedPayment();
    }
}
