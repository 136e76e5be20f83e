package io.telesim.billing.catalog;

/**
 * Limits on a single payment and on the auto top-up rule (F3).
 */
public record TopUpPolicy(long minAmount, long maxAmount, long autoMinAmount, long autoMaxAmount) {

    public TopUpPolicy {
        if (minAmount <= 0 || maxAmount < minAmount || autoMinAmount < minAmount || autoMaxAmount < autoMinAmount
                || autoMaxAmount > maxAmount) {
            throw new IllegalArgumentException("top-ups need 0 < min <= auto min <= auto max <= max");
        }
        if (autoMaxAmount > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("an auto top-up is at most " + Integer.MAX_VALUE / 100 + " roubles");
        }
    }
}
