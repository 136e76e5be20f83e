package io.telesim.billing.ops;

import io.telesim.billing.account.AccountRecord;
import io.telesim.billing.account.AccountStatus;
import io.telesim.billing.account.BundlePools;
import io.telesim.billing.account.Postings;
import io.telesim.billing.catalog.AccountPolicies;
import io.telesim.billing.catalog.Catalog;
import io.telesim.billing.result.MovementKind;
import io.telesim.billing.result.OperationResult;
import io.telesim.billing.result.Outcome;
import io.telesim.billing.time.OperatorCalendar;

/**
 * The periodic work of every day an account has not yet been through, oldest first, up to the day of
 * {@code now}: a new billing month (bundles renewed, monthly fees charged, expired add-ons dropped),
 * daily fees, the voluntary block fee, promised payments falling due, the inactivity rule and the debt
 * block. Idempotent: running it twice for the same day does nothing the second time.
 */
public final class DailyCycle {

    private final OperatorCalendar calendar;
    private final AccountPolicies policies;
    private final TariffPeriods periods;
    private final PromisedPayments promisedPayments;
    private final InactivityRule inactivity;
    private final AccountStatusRules statusRules;

    DailyCycle(Catalog catalog, TariffPeriods periods, PromisedPayments promisedPayments, InactivityRule inactivity,
               AccountStatusRules statusRules) {
        this.calendar = catalog.calendar();
        this.policies = catalog.policies().account();
        this.periods = periods;
        this.promisedPayments = promisedPayments;
        this.inactivity = inactivity;
        this.statusRules = statusRules;
    }

    public Outcome run(AccountRecord account, long now, OperationResult result) {
        int today = calendar.dayIndex(now);
        if (account.msisdn() == 0 || account.status() == AccountStatus.TERMINATED || account.lastFeeDay() >= today) {
            return result.outcome(Outcome.NOTHING_DUE);
        }
        for (int day = account.lastFeeDay() + 1; day <= today; day++) {
            long dayStart = calendar.startOfDay(day);
            long asOf = day == today ? now : calendar.startOfDay(day + 1) - 1;
            runDay(account, dayStart, asOf, result);
            account.lastFeeDay(day);
        }
        result.balanceAfter(account.balance());
        return result.outcome(Outcome.OK);
    }

    private void runDay(AccountRecord account, long dayStart, long asOf, OperationResult result) {
        if (dayStart >= account.periodEnd()) {
            BundlePools.dropExpiredAddOns(account, dayStart);
            if (account.status() == AccountStatus.ACTIVE) {
                periods.startMonth(account, dayStart, false, result);
                periods.chargeMonthlyServiceFees(account, result);
            } else {
                periods.skipMonth(account, dayStart);
            }
        }
        if (account.status() == AccountStatus.ACTIVE) {
            periods.chargeDailyFees(account, result);
        } else if (account.status() == AccountStatus.BLOCKED_VOLUNTARY
                && calendar.dayIndex(dayStart) - calendar.dayIndex(account.blockedSince()) >= policies.voluntaryBlockFreeDays()) {
            // The day of blocking is the first free day, as operators count it: fees start on day freeDays + 1.
            Postings.debit(account, MovementKind.BLOCK_FEE, OperationResult.NO_ITEM, policies.voluntaryBlockDailyFee(),
                    policies.lowBalanceThreshold(), result);
        }
        promisedPayments.collectIfDue(account, asOf, result);
        inactivity.apply(account, asOf, result);
        statusRules.blockIfInDebt(account, result);
    }
}
