package io.telesim.simulator.web.money;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.telesim.billing.account.AccountRecord;
import io.telesim.billing.catalog.TransferPolicy;
import io.telesim.billing.money.Money;
import io.telesim.billing.time.OperatorCalendar;

/**
 * The terms of money transfers from a number (F3), from the catalog: limits per transfer and per day, the
 * fee, what must remain on the balance; how much the number sent today; and, when an amount is asked
 * about, the fee and total for it. Kopecks.
 *
 * @param feeBasisPoints hundredths of a percent of the amount (450 = 4.5%), at least {@code minFee}
 * @param quote          the fee for the amount asked about; absent when none was
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TransferTerms(long minAmount, long maxAmount, long maxPerDay, int feeBasisPoints, String feePercentText, long minFee,
                            String minFeeText, long minRemainingBalance, long sentToday, long leftToday, Quote quote) {

    /** Sending {@code amount} costs {@code fee} more: {@code total} leaves the balance. */
    public record Quote(long amount, long fee, long total, String feeText, String totalText) {
    }

    static TransferTerms of(AccountRecord account, TransferPolicy policy, OperatorCalendar calendar, long now, Long amount) {
        long sentToday = account.transferDay() == calendar.dayIndex(now) ? account.transferredToday() : 0;
        Quote quote = amount == null ? null : new Quote(amount, policy.feeFor(amount), amount + policy.feeFor(amount),
                Money.format(policy.feeFor(amount)), Money.format(amount + policy.feeFor(amount)));
        return new TransferTerms(policy.minAmount(), policy.maxAmount(), policy.maxPerDay(), policy.feeBasisPoints(),
                percent(policy.feeBasisPoints()), policy.minFee(), Money.format(policy.minFee()), policy.minRemainingBalance(), sentToday,
                Math.max(0, policy.maxPerDay() - sentToday), quote);
    }

    /** 450 basis points as {@code 4.5%}. */
    private static String percent(int basisPoints) {
        return new java.math.BigDecimal(basisPoints).movePointLeft(2).stripTrailingZeros().toPlainString() + "%";
    }
}
