package io.telesim.billing.ops;

import io.telesim.billing.account.AccountRecord;
import io.telesim.billing.account.BundlePools;
import io.telesim.billing.account.Postings;
import io.telesim.billing.catalog.AddOn;
import io.telesim.billing.catalog.Catalog;
import io.telesim.billing.result.MovementKind;
import io.telesim.billing.result.OperationResult;
import io.telesim.billing.result.Outcome;
import io.telesim.billing.time.OperatorCalendar;

/**
 * Buying add-on bundles (F4). The add-on goes to the account that holds the bundles: a family
 * member's purchase is shared with the family.
 */
public final class AddOnPurchases {

    private final Catalog catalog;
    private final long lowBalance;

    AddOnPurchases(Catalog catalog) {
        this.catalog = catalog;
        this.lowBalance = catalog.policies().account().lowBalanceThreshold();
    }

    public Outcome buy(AccountRecord account, AccountRecord holder, int addOn, long now, OperationResult result) {
        if (holder.msisdn() != account.bundleHolder()) {
            throw new IllegalArgumentException(account.msisdn() + " uses the bundles of " + account.bundleHolder());
        }
        Outcome inactive = AccountStatusRules.refusalUnlessActive(account);
        if (inactive != null) {
            return result.outcome(inactive);
        }
        if (addOn < 0 || addOn >= catalog.addOns().size()) {
            return result.outcome(Outcome.UNKNOWN_ADD_ON);
        }
        AddOn spec = catalog.addOn(addOn);
        if (spec.price() > account.spendableMoney()) {
            return result.outcome(Outcome.INSUFFICIENT_FUNDS);
        }
        if (!grant(holder, spec, now)) {
            return result.outcome(Outcome.ADD_ON_SLOTS_FULL);
        }
        Postings.debit(account, MovementKind.ADD_ON_PURCHASE, addOn, spec.price(), lowBalance, result);
        account.lastActivity(now);
        result.balanceAfter(account.balance());
        return result.outcome(Outcome.OK);
    }

    /** Puts the add-on onto {@code holder} without charging (a bonus reward); false when no slot is free. */
    static boolean grant(AccountRecord holder, AddOn spec, long now) {
        return BundlePools.addAddOn(holder, spec.unit(), spec.units(), now + spec.validDays() * OperatorCalendar.MILLIS_PER_DAY, now);
    }
}
