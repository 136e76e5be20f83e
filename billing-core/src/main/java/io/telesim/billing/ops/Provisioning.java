package io.telesim.billing.ops;

import io.telesim.billing.account.AccountRecord;
import io.telesim.billing.account.AccountStatus;
import io.telesim.billing.account.Iccid;
import io.telesim.billing.account.Postings;
import io.telesim.billing.catalog.Catalog;
import io.telesim.billing.catalog.TariffChangePolicy;
import io.telesim.billing.result.MovementKind;
import io.telesim.billing.result.OperationResult;
import io.telesim.billing.result.Outcome;

/**
 * Connecting a new number: the account starts active on its tariff with its opening balance; the
 * first month's bundles and fee follow the tariff-change policy (whole, or the days left), and today's
 * daily fees are charged.
 */
public final class Provisioning {

    private final Catalog catalog;
    private final TariffPeriods periods;
    private final AccountStatusRules statusRules;

    Provisioning(Catalog catalog, TariffPeriods periods, AccountStatusRules statusRules) {
        this.catalog = catalog;
        this.periods = periods;
        this.statusRules = statusRules;
    }

    /**
     * @param account        an empty record (all zero) to fill
     * @param tariff         catalog index of the tariff
     * @param openingBalance kopecks on the balance at connection
     * @param creditLimit    kopecks the balance may go below zero (0 for prepaid)
     */
    public Outcome provision(AccountRecord account, long msisdn, int tariff, long openingBalance, long creditLimit, long now,
                             OperationResult result) {
        if (account.msisdn() != 0) {
            return result.outcome(Outcome.ALREADY_PROVISIONED);
        }
        if (!catalog.numbering().isOnNet(msisdn)) {
            return result.outcome(Outcome.INVALID_NUMBER);
        }
        if (tariff < 0 || tariff >= catalog.tariffs().size()) {
            return result.outcome(Outcome.UNKNOWN_TARIFF);
        }
        if (openingBalance < 0 || creditLimit < 0) {
            return result.outcome(Outcome.INVALID_AMOUNT);
        }
        account.clear();
        account.msisdn(msisdn);
        account.iccid(Iccid.defaultOf(msisdn, 0));
        account.region(catalog.numbering().regionOf(msisdn));
        account.tariff(tariff);
        if (catalog.tariff(tariff).isFamily()) {
            account.familyOwner(msisdn);
            account.familySize(1);
        }
        account.status(AccountStatus.ACTIVE);
        account.creditLimit(creditLimit);
        account.createdAt(now);
        account.lastActivity(now);
        account.topUpMonth(catalog.calendar().monthIndex(now));
        account.lastFeeDay(catalog.calendar().dayIndex(now));
        long lowBalance = catalog.policies().account().lowBalanceThreshold();
        account.lowBalanceNotified(openingBalance < lowBalance);
        Postings.credit(account, MovementKind.OPENING_BALANCE, OperationResult.NO_ITEM, openingBalance, lowBalance, result);
        boolean prorated = catalog.policies().tariffChange().grant() == TariffChangePolicy.BundleGrant.PRORATED;
        periods.startMonth(account, now, prorated, result);
        periods.chargeDailyFees(account, result);
        statusRules.blockIfInDebt(account, result);
        result.balanceAfter(account.balance());
        return result.outcome(Outcome.OK);
    }
}
