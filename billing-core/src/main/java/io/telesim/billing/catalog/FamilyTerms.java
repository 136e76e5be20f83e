package io.telesim.billing.catalog;

/**
 * A family tariff (F11): one owner and up to {@code maxSims - 1} members share the owner's bundles.
 *
 * @param maxSims          SIMs in the family, the owner included (at most 5)
 * @param memberMonthlyFee kopecks the owner pays per member every billing month
 * @param leaveTariffId    the tariff a member moves to on leaving the family
 */
public record FamilyTerms(int maxSims, long memberMonthlyFee, String leaveTariffId) {

    public static final int MAX_SIMS = 5;

    public FamilyTerms {
        if (maxSims < 2 || maxSims > MAX_SIMS) {
            throw new IllegalArgumentException("a family has 2 to " + MAX_SIMS + " SIMs, got " + maxSims);
        }
        if (memberMonthlyFee < 0) {
            throw new IllegalArgumentException("a member fee cannot be negative");
        }
        if (leaveTariffId == null || leaveTariffId.isBlank()) {
            throw new IllegalArgumentException("a family tariff must say which tariff a leaving member moves to");
        }
    }
}
