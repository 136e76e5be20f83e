package io.telesim.billing.catalog;

/**
 * The terms of money transfers to another number of our network (F3).
 *
 * @param feeBasisPoints      fee in hundredths of a percent of the amount (300 = 3%), at least {@code minFee}
 * @param maxPerDay           total a number may send in one day
 * @param minRemainingBalance the balance that must remain after the amount and the fee
 */
public record TransferPolicy(long minAmount, long maxAmount, long maxPerDay, int feeBasisPoints, long minFee,
                             long minRemainingBalance) {

    public TransferPolicy {
        if (minAmount <= 0 || maxAmount < minAmount || maxPerDay < maxAmount) {
            throw new IllegalArgumentException("transfers need 0 < min amount <= max amount <= max per day");
        }
        if (maxPerDay > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("transfers: at most " + Integer.MAX_VALUE / 100 + " roubles a day");
        }
        if (feeBasisPoints < 0 || feeBasisPoints > 10_000 || minFee < 0 || minRemainingBalance < 0) {
            throw new IllegalArgumentException("transfer fee is 0..100% and limits cannot be negative");
        }
    }

    /** The fee for sending {@code amount} kopecks, rounded up to the kopeck. */
    public long feeFor(long amount) {
        long percent = (amount * feeBasisPoints + 9_999) / 10_000;
        return Math.max(minFee, percent);
    }
}
