package io.telesim.billing.ops;

import io.telesim.billing.account.AccountRecord;
import io.telesim.billing.account.AccountStatus;
import io.telesim.billing.account.BundlePools;
import io.telesim.billing.account.Postings;
import io.telesim.billing.catalog.Catalog;
import io.telesim.billing.catalog.FamilyTerms;
import io.telesim.billing.catalog.Tariff;
import io.telesim.billing.catalog.TariffChangePolicy;
import io.telesim.billing.catalog.UsageUnit;
import io.telesim.billing.result.MovementKind;
import io.telesim.billing.result.OperationResult;
import io.telesim.billing.result.Outcome;
import io.telesim.billing.time.OperatorCalendar;

/**
 * Family tariffs (F11): the owner adds up to {@code maxSims - 1} members, who then use the owner's
 * bundles (and add-ons) with their own balances. The owner pays a monthly fee per member. A member
 * who leaves moves to the family tariff's leave tariff and starts a month on it.
 */
public final class Families {

    private final Catalog catalog;
    private final OperatorCalendar calendar;
    private final TariffPeriods periods;
    private final AccountStatusRules statusRules;
    private final boolean prorated;
    private final long lowBalance;

    Families(Catalog catalog, TariffPeriods periods, AccountStatusRules statusRules) {
        this.catalog = catalog;
        this.calendar = catalog.calendar();
        this.periods = periods;
        this.statusRules = statusRules;
        this.prorated = catalog.policies().tariffChange().grant() == TariffChangePolicy.BundleGrant.PRORATED;
        this.lowBalance = catalog.policies().account().lowBalanceThreshold();
    }

    public Outcome addMember(AccountRecord owner, AccountRecord member, long now, OperationResult result) {
        Tariff tariff = catalog.tariff(owner.tariff());
        if (!tariff.isFamily() || owner.isFamilyMember()) {
            return result.outcome(Outcome.NOT_FAMILY_TARIFF);
        }
        if (member.msisdn() == owner.msisdn() || member.familyOwner() != 0) {
            return result.outcome(Outcome.ALREADY_IN_FAMILY);
        }
        Outcome inactive = AccountStatusRules.refusalUnlessActive(owner);
        if (inactive == null) {
            inactive = AccountStatusRules.refusalUnlessActive(member);
        }
        if (inactive != null) {
            return result.outcome(inactive);
        }
        FamilyTerms family = tariff.family();
        if (Math.max(1, owner.familySize()) >= family.maxSims()) {
            return result.outcome(Outcome.FAMILY_FULL);
        }
        if (hasOpenSessions(member)) {
            return result.outcome(Outcome.SESSIONS_OPEN);
        }
        if (liveAddOns(member, now) > freeAddOnSlots(owner, now)) {
            return result.outcome(Outcome.ADD_ON_SLOTS_FULL);
        }
        long memberFee = restOfMonth(family.memberMonthlyFee(), now);
        if (memberFee > owner.spendableMoney()) {
            return result.outcome(Outcome.INSUFFICIENT_FUNDS);
        }
        moveAddOns(member, owner, now);
        member.tariff(owner.tariff());
        member.familyOwner(owner.msisdn());
        member.familySize(0);
        member.voiceLeft(0);
        member.smsLeft(0);
        member.dataLeft(0);
        member.periodEnd(owner.periodEnd());
        owner.familyOwner(owner.msisdn());
        owner.familySize(Math.max(1, owner.familySize()) + 1);
        Postings.debit(owner, MovementKind.TARIFF_FEE, owner.tariff(), memberFee, lowBalance, result);
        result.balanceAfter(owner.balance());
        return result.outcome(Outcome.OK);
    }

    public Outcome removeMember(AccountRecord owner, AccountRecord member, long now, OperationResult result) {
        if (member.familyOwner() != owner.msisdn() || member.msisdn() == owner.msisdn()) {
            return result.outcome(Outcome.NOT_IN_FAMILY);
        }
        if (hasOpenSessions(member)) {
            return result.outcome(Outcome.SESSIONS_OPEN);
        }
        member.familyOwner(0);
        member.tariff(catalog.familyLeaveTariff(owner.tariff()));
        owner.familySize(owner.familySize() - 1);
        if (member.status() == AccountStatus.ACTIVE) {
            periods.startMonth(member, now, prorated, result);
            statusRules.blockIfInDebt(member, result);
        } else {
            periods.skipMonth(member, now);
        }
        result.balanceAfter(member.balance());
        return result.outcome(Outcome.OK);
    }

    private long restOfMonth(long monthlyFee, long now) {
        int daysInMonth = calendar.daysInMonth(now);
        int days = prorated ? calendar.daysLeftInMonth(now) : daysInMonth;
        return (monthlyFee * days + daysInMonth - 1) / daysInMonth;
    }

    /** Open sessions hold units on the bundles of the account they started on; they must end there. */
    private static boolean hasOpenSessions(AccountRecord account) {
        return account.openSessions() != 0;
    }

    private static int liveAddOns(AccountRecord account, long now) {
        int live = 0;
        for (int slot = 0; slot < AccountRecord.ADD_ON_SLOTS; slot++) {
            if (account.addOnUnit(slot) != null && account.addOnExpiry(slot) > now) {
                live++;
            }
        }
        return live;
    }

    private static int freeAddOnSlots(AccountRecord account, long now) {
        return AccountRecord.ADD_ON_SLOTS - liveAddOns(account, now);
    }

    private static void moveAddOns(AccountRecord from, AccountRecord to, long now) {
        for (int slot = 0; slot < AccountRecord.ADD_ON_SLOTS; slot++) {
            UsageUnit unit = from.addOnUnit(slot);
            if (unit != null && from.addOnExpiry(slot) > now) {
                BundlePools.addAddOn(to, unit, from.addOnUnits(slot), from.addOnExpiry(slot), now);
            }
            from.addOn(slot, null, 0, 0);
        }
    }
}
