package io.telesim.simulator.web.money;

import io.telesim.billing.account.AccountRecord;
import io.telesim.billing.catalog.TopUpPolicy;
import io.telesim.billing.money.Money;

/**
 * The auto top-up rule of a number (F3): when the balance falls below {@code threshold}, top up
 * {@code amount} from the linked card; with the limits the catalog puts on the amount. Both zero when no
 * rule is set.
 *
 * @param card       the linked card, masked ({@code **** 1111}); null when none is linked
 * @param cardExpiry the linked card's expiry, MM/YY; null when none is linked
 */
public record AutoTopUpView(boolean enabled, long threshold, String thresholdText, long amount, String amountText,
                            long minAmount, long maxAmount, String card, String cardExpiry) {

    static AutoTopUpView of(AccountRecord account, TopUpPolicy policy, LinkedCard linked) {
        long threshold = account.autoTopUpThreshold();
        long amount = account.autoTopUpAmount();
        return new AutoTopUpView(threshold > 0, threshold, Money.format(threshold), amount, Money.format(amount),
                policy.autoMinAmount(), policy.autoMaxAmount(), linked == null ? null : linked.card(),
                linked == null ? null : linked.expiry());
    }
}
