package io.telesim.billing.ops;

import io.telesim.billing.account.AccountRecord;
import io.telesim.billing.account.Postings;
import io.telesim.billing.catalog.Catalog;
import io.telesim.billing.catalog.Tariff;
import io.telesim.billing.catalog.TariffChangePolicy;
import io.telesim.billing.result.MovementKind;
import io.telesim.billing.result.OperationResult;
import io.telesim.billing.result.Outcome;

/**
 * Moving to another tariff (F4): the new tariff's switch fee, then a new billing month on it: the old
 * tariff's bundle is gone, the new one is granted and its monthly fee charged (whole or for the days
 * left, as the policy says). Add-ons stay.
 */
public final class TariffChanges {

    private final Catalog catalog;
    private final TariffPeriods periods;
    private final boolean prorated;
    private final long lowBalance;

    TariffChanges(Catalog catalog, TariffPeriods periods) {
        this.catalog = catalog;
        this.periods = periods;
        this.prorated = catalog.policies().tariffChange().grant() == TariffChangePolicy.BundleGrant.PRORATED;
        this.lowBalance = catalog.policies().account().lowBalanceThreshold();
    }

    /** What moving to {@code tariff} costs now: the switch fee and the monthly fee for the rest of the month. */
    public long costOf(AccountRecord account, int tariff, long now) {
        Tariff next = catalog.tariff(tariff);
        return next.switchFee() + periods.feeForRestOfMonth(account, next, now, prorated);
    }

    public Outcome change(AccountRecord account, int tariff, long now, OperationResult result) {
        Outcome inactive = AccountStatusRules.refusalUnlessActive(account);
        if (inactive != null) {
            return result.outcome(inactive);
        }
        if (tariff < 0 || tariff >= catalog.tariffs().size()) {
            return result.outcome(Outcome.UNKNOWN_TARIFF);
        }
        if (tariff == account.tariff()) {
            return result.outcome(Outcome.SAME_TARIFF);
        }
        if (account.isFamilyMember()) {
            return result.outcome(Outcome.FAMILY_MEMBER);
        }
        if (account.familySize() > 1) {
            return result.outcome(Outcome.FAMILY_HAS_MEMBERS);
        }
        Tariff next = catalog.tariff(tariff);
        if (costOf(account, tariff, now) > account.spendableMoney()) {
            return result.outcome(Outcome.INSUFFICIENT_FUNDS);
        }
        Postings.debit(account, MovementKind.SWITCH_FEE, tariff, next.switchFee(), lowBalance, result);
        account.tariff(tariff);
        account.familyOwner(next.isFamily() ? account.msisdn() : 0);
        account.familySize(next.isFamily() ? 1 : 0);
        periods.startMonth(account, now, prorated, result);
        result.balanceAfter(account.balance());
        return result.outcome(Outcome.OK);
    }
}
