package io.telesim.simulator.web.bonus;

import java.util.ArrayList;
import java.util.List;

import io.telesim.billing.bonus.Gift;
import io.telesim.billing.catalog.AddOn;
import io.telesim.billing.catalog.BonusPolicy;
import io.telesim.billing.catalog.Catalog;
import io.telesim.simulator.web.plans.BundleUnits;

/**
 * Bonus points (F9): the balance of points, how they are earned, the rewards they buy, and the gifts not yet
 * claimed that the number gave or was given. Claim codes are not shown: the recipient has them by SMS.
 *
 * @param kopecksPerPointSpent    a point for every this many kopecks charged for calls, SMS and internet
 * @param kopecksPerPointToppedUp a point for every this many kopecks topped up
 */
public record BonusSection(long number, long points, long kopecksPerPointSpent, long kopecksPerPointToppedUp, List<Reward> rewards,
                           long minGiftPoints, int giftExpiryDays, List<OpenGift> given, List<OpenGift> received) {

    /**
     * A reward: the add-on {@code id} for {@code points}.
     *
     * @param affordable true when the number has the points for it now
     */
    public record Reward(String id, String name, long points, String unit, long units, String unitsText, int validDays,
                         boolean affordable) {
    }

    /** A gift waiting to be claimed by {@code to} until {@code expiresAt}; then its points go back to {@code from}. */
    public record OpenGift(long from, long to, long points, long createdAt, long expiresAt) {
    }

    static BonusSection of(Catalog catalog, BonusSnapshot snapshot) {
        BonusPolicy policy = catalog.policies().bonus();
        long points = snapshot.account().bonusPoints();
        List<Reward> rewards = new ArrayList<>();
        for (int i = 0; i < policy.rewards().size(); i++) {
            BonusPolicy.Reward reward = policy.rewards().get(i);
            AddOn addOn = catalog.addOn(catalog.rewardAddOn(i));
            rewards.add(new Reward(addOn.id(), addOn.name(), reward.points(), BundleUnits.name(addOn.unit()), addOn.units(),
                    BundleUnits.text(addOn.unit(), addOn.units()), addOn.validDays(), points >= reward.points()));
        }
        long number = snapshot.account().msisdn();
        List<OpenGift> given = new ArrayList<>();
        List<OpenGift> received = new ArrayList<>();
        for (Gift gift : snapshot.gifts()) {
            if (gift.expiresAt() <= snapshot.now()) {
                continue; // expired: its points go back to the giver at the next sweep
            }
            OpenGift open = new OpenGift(gift.giver(), gift.recipient(), gift.points(), gift.createdAt(), gift.expiresAt());
            (gift.giver() == number ? given : received).add(open);
        }
        return new BonusSection(number, points, policy.kopecksPerPointSpent(), policy.kopecksPerPointToppedUp(), List.copyOf(rewards),
                policy.minGiftPoints(), policy.giftExpiryDays(), List.copyOf(given), List.copyOf(received));
    }
}
