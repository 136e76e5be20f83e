package io.telesim.billing.ops;

import io.telesim.billing.account.AccountRecord;
import io.telesim.billing.bonus.Gift;
import io.telesim.billing.bonus.GiftLedger;
import io.telesim.billing.number.NumberingPlan;
import io.telesim.billing.result.OperationResult;
import io.telesim.billing.result.Outcome;

/**
 * Replacing a number (C3): the whole account (balance, bundles, tariff, services, limits, SIM card, bonus
 * points, promised payment, settings) moves to a new number of this network that is not a subscriber; the
 * old number then stops being one. Refused while calls or data sessions are open, while a bonus gift the
 * number gave is open (its points would return to no account), and for numbers in a family with others
 * (the family's bundles and fees are keyed by the owner's number). The caller creates
 * the new account from the copy this fills and removes the old one.
 */
public final class NumberReplacement {

    private final NumberingPlan plan;

    NumberReplacement(NumberingPlan plan) {
        this.plan = plan;
    }

    /**
     * Fills {@code to} with the account of {@code from} moved to {@code newMsisdn}; on refusal {@code to} and
     * {@code from} are unchanged.
     *
     * @param newIsSubscriber true when {@code newMsisdn} already has an account
     * @param gifts           the bonus gifts: one this number gave and is still open would return to no account
     */
    public Outcome replace(AccountRecord from, long newMsisdn, boolean newIsSubscriber, GiftLedger gifts, AccountRecord to,
                           OperationResult result) {
        if (!plan.isOnNet(newMsisdn)) {
            return result.outcome(Outcome.INVALID_NUMBER);
        }
        if (newIsSubscriber || newMsisdn == from.msisdn()) {
            return result.outcome(Outcome.ALREADY_PROVISIONED);
        }
        Outcome refusal = refusalToLeave(from, gifts);
        if (refusal != null) {
            return result.outcome(refusal);
        }
        boolean owner = from.familyOwner() == from.msisdn();
        to.copyFrom(from);
        to.msisdn(newMsisdn);
        to.region(plan.regionOf(newMsisdn));
        if (owner) {
            to.familyOwner(newMsisdn);
        }
        return result.outcome(Outcome.OK);
    }

    /** Why the account cannot leave its number now (a replacement or a termination), or null when it can. */
    static Outcome refusalToLeave(AccountRecord account, GiftLedger gifts) {
        if (account.openSessions() > 0) {
            return Outcome.SESSIONS_OPEN;
        }
        for (Gift gift : gifts.openGiftsOf(account.msisdn())) {
            if (gift.giver() == account.msisdn()) {
                return Outcome.GIFTS_OPEN;
            }
        }
        if (account.isFamilyMember()) {
            return Outcome.IN_FAMILY;
        }
        if (account.familySize() > 1) {
            return Outcome.FAMILY_HAS_MEMBERS;
        }
        return null;
    }
}
