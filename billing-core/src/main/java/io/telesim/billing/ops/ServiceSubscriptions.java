package io.telesim.billing.ops;

import io.telesim.billing.account.AccountRecord;
import io.telesim.billing.account.Postings;
import io.telesim.billing.catalog.Catalog;
import io.telesim.billing.catalog.FeePeriod;
import io.telesim.billing.catalog.Favourites;
import io.telesim.billing.catalog.ServiceSpec;
import io.telesim.billing.catalog.TariffChangePolicy;
import io.telesim.billing.number.PartyNumber;
import io.telesim.billing.result.MovementKind;
import io.telesim.billing.result.OperationResult;
import io.telesim.billing.result.Outcome;
import io.telesim.billing.time.OperatorCalendar;

/**
 * Connecting and disconnecting services (F5), and the favourite numbers of the favourite-numbers
 * service. Connecting charges the connection fee and the first fee (today's daily fee, or the monthly
 * fee for the month, whole or for the days left as the tariff-change policy says). Disconnecting refunds nothing.
 */
public final class ServiceSubscriptions {

    private final Catalog catalog;
    private final OperatorCalendar calendar;
    private final boolean prorated;
    private final long lowBalance;

    ServiceSubscriptions(Catalog catalog) {
        this.catalog = catalog;
        this.calendar = catalog.calendar();
        this.prorated = catalog.policies().tariffChange().grant() == TariffChangePolicy.BundleGrant.PRORATED;
        this.lowBalance = catalog.policies().account().lowBalanceThreshold();
    }

    /** The first fee of a service connected now (without its connection fee). */
    public long firstFee(int service, long now) {
        ServiceSpec spec = catalog.service(service);
        if (spec.fee().period() == FeePeriod.DAILY) {
            return spec.fee().kopecks();
        }
        int daysInMonth = calendar.daysInMonth(now);
        int days = prorated ? calendar.daysLeftInMonth(now) : daysInMonth;
        return (spec.fee().kopecks() * days + daysInMonth - 1) / daysInMonth;
    }

    public Outcome connect(AccountRecord account, int service, long now, OperationResult result) {
        Outcome inactive = AccountStatusRules.refusalUnlessActive(account);
        if (inactive != null) {
            return result.outcome(inactive);
        }
        if (service < 0 || service >= catalog.services().size()) {
            return result.outcome(Outcome.UNKNOWN_SERVICE);
        }
        if (account.hasService(service)) {
            return result.outcome(Outcome.SERVICE_ALREADY_CONNECTED);
        }
        if ((account.services() & catalog.incompatibleMask(service)) != 0) {
            return result.outcome(Outcome.SERVICE_INCOMPATIBLE);
        }
        ServiceSpec spec = catalog.service(service);
        long firstFee = firstFee(service, now);
        if (spec.connectionFee() + firstFee > account.spendableMoney()) {
            return result.outcome(Outcome.INSUFFICIENT_FUNDS);
        }
        account.services(account.services() | 1L << service);
        Postings.debit(account, MovementKind.CONNECTION_FEE, service, spec.connectionFee(), lowBalance, result);
        Postings.debit(account, MovementKind.SERVICE_FEE, service, firstFee, lowBalance, result);
        result.balanceAfter(account.balance());
        return result.outcome(Outcome.OK);
    }

    public Outcome disconnect(AccountRecord account, int service, OperationResult result) {
        if (service < 0 || service >= catalog.services().size()) {
            return result.outcome(Outcome.UNKNOWN_SERVICE);
        }
        if (!account.hasService(service)) {
            return result.outcome(Outcome.SERVICE_NOT_CONNECTED);
        }
        account.services(account.services() & ~(1L << service));
        if (service == catalog.favouritesService()) {
            for (int slot = 0; slot < AccountRecord.FAVOURITE_SLOTS; slot++) {
                account.favourite(slot, 0);
            }
        }
        result.balanceAfter(account.balance());
        return result.outcome(Outcome.OK);
    }

    /** Adds a Russian number to the favourite numbers (the favourite-numbers service must be connected). */
    public Outcome addFavourite(AccountRecord account, long number, OperationResult result) {
        int service = catalog.favouritesService();
        if (service < 0) {
            return result.outcome(Outcome.UNKNOWN_SERVICE);
        }
        if (!account.hasService(service)) {
            return result.outcome(Outcome.SERVICE_NOT_CONNECTED);
        }
        if (!PartyNumber.isZoneSeven(number) || number == account.msisdn()) {
            return result.outcome(Outcome.INVALID_NUMBER);
        }
        if (account.isFavourite(number)) {
            return result.outcome(Outcome.OK);
        }
        Favourites terms = catalog.service(service).favourites();
        for (int slot = 0; slot < terms.slots(); slot++) {
            if (account.favourite(slot) == 0) {
                account.favourite(slot, number);
                return result.outcome(Outcome.OK);
            }
        }
        return result.outcome(Outcome.FAVOURITES_FULL);
    }

    public Outcome removeFavourite(AccountRecord account, long number, OperationResult result) {
        for (int slot = 0; slot < AccountRecord.FAVOURITE_SLOTS; slot++) {
            if (account.favourite(slot) == number) {
                account.favourite(slot, 0);
                return result.outcome(Outcome.OK);
            }
        }
        return result.outcome(Outcome.INVALID_NUMBER);
    }
}
