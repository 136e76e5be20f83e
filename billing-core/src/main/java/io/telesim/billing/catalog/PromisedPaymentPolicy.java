package io.telesim.billing.catalog;

import java.util.List;

/**
 * The terms of a promised payment (F3): a short-term credit, repaid automatically from the next
 * top-up, or debited on its due date (which blocks the number for debt if the balance goes below zero).
 *
 * @param minAmount                smallest credit, kopecks
 * @param maxAmount                largest credit, kopecks
 * @param fees                     fee tiers by amount, ascending; the fee is charged when the credit is taken
 * @param dueDays                  days until it must be repaid
 * @param minAccountAgeDays        how long the number must have been with us
 * @param minTopUpsLastThreeMonths kopecks topped up in the current and two previous billing months
 * @param minBalance               the lowest balance (kopecks, usually negative) from which a credit may be taken
 */
public record PromisedPaymentPolicy(long minAmount, long maxAmount, List<FeeTier> fees, int dueDays,
                                    int minAccountAgeDays, long minTopUpsLastThreeMonths, long minBalance) {

    /** Amounts up to {@code upTo} kopecks (included) cost {@code fee} kopecks. */
    public record FeeTier(long upTo, long fee) {
        public FeeTier {
            if (upTo <= 0 || fee < 0) {
                throw new IllegalArgumentException("a fee tier needs a positive bound and a fee of zero or more");
            }
        }
    }

    public PromisedPaymentPolicy {
        if (minAmount <= 0 || maxAmount < minAmount) {
            throw new IllegalArgumentException("a promised payment needs 0 < min amount <= max amount");
        }
        fees = List.copyOf(fees);
        for (int i = 1; i < fees.size(); i++) {
            if (fees.get(i).upTo() <= fees.get(i - 1).upTo()) {
                throw new IllegalArgumentException("promised payment fee tiers must be in ascending order of amount");
            }
        }
        if (fees.isEmpty() || fees.get(fees.size() - 1).upTo() < maxAmount) {
            throw new IllegalArgumentException("promised payment fee tiers must cover amounts up to the max amount");
        }
        if (dueDays < 1 || minAccountAgeDays < 0 || minTopUpsLastThreeMonths < 0) {
            throw new IllegalArgumentException("a promised payment is due after at least a day; thresholds cannot be negative");
        }
    }

    /** The fee for a credit of {@code amount} kopecks. */
    public long feeFor(long amount) {
        for (FeeTier tier : fees) {
            if (amount <= tier.upTo()) {
                return tier.fee();
            }
        }
        throw new IllegalArgumentException("no fee tier covers " + amount + " kopecks");
    }
}
