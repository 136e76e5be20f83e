package io.telesim.billing.bonus;

import io.telesim.billing.account.AccountRecord;
import io.telesim.billing.account.AccountStatus;
import io.telesim.billing.account.BundlePools;
import io.telesim.billing.catalog.AddOn;
import io.telesim.billing.catalog.BonusPolicy;
import io.telesim.billing.catalog.Catalog;
import io.telesim.billing.result.OperationResult;
import io.telesim.billing.result.Outcome;
import io.telesim.billing.time.OperatorCalendar;

/**
 * Spending bonus points (F9): redeeming them for add-on bundles, and gifting them to another number of
 * our network. A gift takes the points from the giver at once and creates a claim code; the recipient
 * claims it once; an unclaimed gift expires and its points go back to the giver.
 */
public final class BonusPoints {

    private final Catalog catalog;
    private final BonusPolicy policy;

    public BonusPoints(Catalog catalog) {
        this.catalog = catalog;
        this.policy = catalog.policies().bonus();
    }

    /** Buys bonus reward {@code reward} (an add-on, put on the account holding the bundles) with points. */
    public Outcome redeem(AccountRecord account, AccountRecord holder, int reward, long now, OperationResult result) {
        if (holder.msisdn() != account.bundleHolder()) {
            throw new IllegalArgumentException(account.msisdn() + " uses the bundles of " + account.bundleHolder());
        }
        if (account.status() == AccountStatus.TERMINATED) {
            return result.outcome(Outcome.TERMINATED);
        }
        if (reward < 0 || reward >= policy.rewards().size()) {
            return result.outcome(Outcome.UNKNOWN_REWARD);
        }
        long cost = policy.rewards().get(reward).points();
        if (account.bonusPoints() < cost) {
            return result.outcome(Outcome.NOT_ENOUGH_POINTS);
        }
        AddOn addOn = catalog.addOn(catalog.rewardAddOn(reward));
        if (!BundlePools.addAddOn(holder, addOn.unit(), addOn.units(), now + addOn.validDays() * OperatorCalendar.MILLIS_PER_DAY, now)) {
            return result.outcome(Outcome.ADD_ON_SLOTS_FULL);
        }
        account.bonusPoints(account.bonusPoints() - cost);
        return result.outcome(Outcome.OK);
    }

    /** Gives {@code points} to {@code recipient}; the claim code is in {@link OperationResult#giftCode()}. */
    public Outcome gift(AccountRecord giver, long recipient, long points, long now, GiftLedger ledger, OperationResult result) {
        if (giver.status() == AccountStatus.TERMINATED) {
            return result.outcome(Outcome.TERMINATED);
        }
        if (recipient == giver.msisdn() || !catalog.numbering().isOnNet(recipient)) {
            return result.outcome(Outcome.INVALID_NUMBER);
        }
        if (points < policy.minGiftPoints()) {
            return result.outcome(Outcome.INVALID_AMOUNT);
        }
        if (giver.bonusPoints() < points) {
            return result.outcome(Outcome.NOT_ENOUGH_POINTS);
        }
        giver.bonusPoints(giver.bonusPoints() - points);
        Gift gift = ledger.issue(giver.msisdn(), recipient, points, now, now + policy.giftExpiryDays() * OperatorCalendar.MILLIS_PER_DAY);
        result.giftCode(gift.code());
        return result.outcome(Outcome.OK);
    }

    /** Claims the gift with {@code code} for {@code recipient}: its points are credited once. */
    public Outcome claim(AccountRecord recipient, long code, long now, GiftLedger ledger, OperationResult result) {
        Gift gift = ledger.find(code);
        if (gift == null) {
            return result.outcome(Outcome.GIFT_UNKNOWN_CODE);
        }
        if (gift.recipient() != recipient.msisdn()) {
            return result.outcome(Outcome.GIFT_WRONG_RECIPIENT);
        }
        if (gift.state() == Gift.State.CLAIMED) {
            return result.outcome(Outcome.GIFT_ALREADY_CLAIMED);
        }
        if (gift.state() == Gift.State.EXPIRED || gift.expiresAt() <= now) {
            return result.outcome(Outcome.GIFT_EXPIRED);
        }
        if (recipient.status() == AccountStatus.TERMINATED) {
            return result.outcome(Outcome.TERMINATED);
        }
        recipient.bonusPoints(recipient.bonusPoints() + gift.points());
        result.addBonusEarned(gift.points());
        ledger.update(gift.with(Gift.State.CLAIMED));
        return result.outcome(Outcome.OK);
    }

    /** Returns the points of the expired, unclaimed gift {@code code} to {@code giver}. */
    public Outcome expire(AccountRecord giver, long code, long now, GiftLedger ledger, OperationResult result) {
        Gift gift = ledger.find(code);
        if (gift == null) {
            return result.outcome(Outcome.GIFT_UNKNOWN_CODE);
        }
        if (gift.giver() != giver.msisdn()) {
            throw new IllegalArgumentException("gift " + code + " was given by " + gift.giver() + ", not " + giver.msisdn());
        }
        if (gift.state() != Gift.State.OPEN || gift.expiresAt() > now) {
            return result.outcome(Outcome.NOTHING_DUE);
        }
        giver.bonusPoints(giver.bonusPoints() + gift.points());
        ledger.update(gift.with(Gift.State.EXPIRED));
        return result.outcome(Outcome.OK);
    }
}
