package io.telesim.simulator.web.money;

import io.telesim.billing.account.AccountRecord;
import io.telesim.billing.catalog.TopUpPolicy;
import io.telesim.billing.money.Money;

/**
 * The auto top-up rule of a number (F3): when the balance falls below {@code threshold}, top up
 * {@code amount}; with the limits the catalog puts on the amount. Both zero when no rule is set.
 */
public record AutoTopUpView(boolean enabled, long threshold, String thresholdText, long amount, String amountText,
                            long minAmount, long maxAmount) {

    static AutoTopUpView of(AccountRecord account, TopUpPolicy policy) {
        long threshold = account.autoTopUpThreshold();
        long amount = account.autoTopUpAmount();
        return new AutoTopUpView(threshold > 0, threshold, Money.format(threshold), amount, Money.format(amount),
                policy.autoMinAmount(), policy.autoMaxAmount());
    }
}
