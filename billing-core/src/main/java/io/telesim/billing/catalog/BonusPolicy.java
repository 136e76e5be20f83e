package io.telesim.billing.catalog;

import java.util.List;

/**
 * Bonus points (F9): earned on money spent on usage and on top-ups, redeemed for add-on bundles,
 * gifted to other numbers.
 *
 * @param kopecksPerPointSpent     one point for every this many kopecks charged for calls, SMS and data
 * @param kopecksPerPointToppedUp  one point for every this many kopecks topped up
 * @param rewards                  what points buy
 * @param minGiftPoints            the smallest gift
 * @param giftExpiryDays           days a gift code stays valid; unclaimed points go back to the giver
 */
public record BonusPolicy(long kopecksPerPointSpent, long kopecksPerPointToppedUp, List<Reward> rewards,
                          long minGiftPoints, int giftExpiryDays) {

    /** An add-on bundle bought with points. */
    public record Reward(String addOnId, long points) {
        public Reward {
            if (addOnId == null || addOnId.isBlank() || points <= 0) {
                throw new IllegalArgumentException("a reward names an add-on and costs at least one point");
            }
        }
    }

    public BonusPolicy {
        if (kopecksPerPointSpent <= 0 || kopecksPerPointToppedUp <= 0) {
            throw new IllegalArgumentException("points accrue per a positive number of kopecks");
        }
        if (kopecksPerPointToppedUp > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("a point for top-ups costs at most " + Integer.MAX_VALUE / 100 + " roubles");
        }
        rewards = List.copyOf(rewards);
        if (minGiftPoints <= 0 || giftExpiryDays < 1) {
            throw new IllegalArgumentException("a gift is at least one point and valid at least a day");
        }
    }
}
