package io.telesim.simulator.web.money;

import java.util.List;
import java.util.TreeSet;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.telesim.billing.account.AccountRecord;
import io.telesim.billing.catalog.PromisedPaymentPolicy;
import io.telesim.billing.money.Money;
import io.telesim.billing.ops.PromisedPayments;
import io.telesim.billing.result.Outcome;

/**
 * A number's promised payment (F3): what is owed and until when, whether it may take one now (and if
 * not, why, in the engine's words), the offers (the most credit each fee tier buys), and the catalog's
 * terms.
 *
 * @param dueAt            epoch millis the outstanding amount is debited; 0 when nothing is owed
 * @param refusalCode      when {@code available} is false: the engine's outcome, e.g. {@code promised_payment_open}
 * @param minTopUpsLastThreeMonths kopecks topped up in the current and two previous months that a credit needs
 * @param minBalance       the lowest balance a credit may be taken from (kopecks, usually negative)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PromisedPaymentView(boolean open, long outstanding, String outstandingText, long dueAt, boolean available,
                                  String refusalCode, String refusal, List<Offer> offers, long minAmount, long maxAmount, int dueDays,
                                  int minAccountAgeDays, long minTopUpsLastThreeMonths, long minBalance) {

    /** A credit of {@code amount} for {@code fee}, both kopecks. */
    public record Offer(long amount, String amountText, long fee, String feeText) {
    }

    static PromisedPaymentView of(AccountRecord account, PromisedPaymentPolicy policy, PromisedPayments rules, long now) {
        Outcome eligibility = rules.eligibility(account, policy.minAmount(), now);
        boolean available = eligibility == Outcome.OK;
        long owed = account.promisedOutstanding();
        return new PromisedPaymentView(owed > 0, owed, Money.format(owed), account.promisedDueAt(), available,
                available ? null : eligibility.name().toLowerCase(java.util.Locale.ROOT), available ? null : eligibility.reason(),
                offers(policy), policy.minAmount(), policy.maxAmount(), policy.dueDays(), policy.minAccountAgeDays(),
                policy.minTopUpsLastThreeMonths(), policy.minBalance());
    }

    /** The smallest amount and the most each fee tier buys in whole roubles, within the limits: the choices worth offering. */
    private static List<Offer> offers(PromisedPaymentPolicy policy) {
        TreeSet<Long> amounts = new TreeSet<>();
        amounts.add(policy.minAmount());
        for (PromisedPaymentPolicy.FeeTier tier : policy.fees()) {
            long wholeRoubles = tier.upTo() / 100 * 100;
            amounts.add(Math.max(policy.minAmount(), Math.min(policy.maxAmount(), wholeRoubles)));
        }
        return amounts.stream().map(amount -> new Offer(amount, Money.format(amount), policy.feeFor(amount),
                Money.format(policy.feeFor(amount)))).toList();
    }
}
