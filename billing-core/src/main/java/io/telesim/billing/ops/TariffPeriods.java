package io.telesim.billing.ops;

import io.telesim.billing.account.AccountRecord;
import io.telesim.billing.account.Postings;
import io.telesim.billing.catalog.Allowance;
import io.telesim.billing.catalog.Catalog;
import io.telesim.billing.catalog.ServiceSpec;
import io.telesim.billing.catalog.Tariff;
import io.telesim.billing.result.MovementKind;
import io.telesim.billing.result.OperationResult;
import io.telesim.billing.time.OperatorCalendar;

/**
 * Starting a billing month on a tariff: its bundles are granted and its monthly fees charged, for the
 * whole month or for the part that is left. Family members get no bundles of their own (they use the
 * owner's) and pay no tariff fee (the owner pays a fee per member). A convergent tariff's fee is waived
 * while home internet is active.
 */
final class TariffPeriods {

    private final Catalog catalog;
    private final OperatorCalendar calendar;
    private final long lowBalance;

    TariffPeriods(Catalog catalog) {
        this.catalog = catalog;
        this.calendar = catalog.calendar();
        this.lowBalance = catalog.policies().account().lowBalanceThreshold();
    }

    /**
     * Grants the tariff's bundles until the end of the month of {@code now} and charges the tariff's
     * monthly fee; {@code prorated} gives both for the days left, today included.
     */
    void startMonth(AccountRecord account, long now, boolean prorated, OperationResult result) {
        Tariff tariff = catalog.tariff(account.tariff());
        int daysInMonth = calendar.daysInMonth(now);
        int days = prorated ? calendar.daysLeftInMonth(now) : daysInMonth;
        Allowance allowance = days == daysInMonth ? tariff.allowance() : tariff.allowance().prorated(days, daysInMonth);
        if (account.isFamilyMember()) {
            setBundles(account, Allowance.NONE);
        } else {
            setBundles(account, allowance);
        }
        account.periodEnd(calendar.endOfMonth(now));
        account.periodUnpaid(false);
        long fee = monthlyTariffFee(account, tariff);
        Postings.debit(account, MovementKind.TARIFF_FEE, account.tariff(), share(fee, days, daysInMonth), lowBalance, result);
    }

    /** Charges the monthly fees of every connected service (at the start of a month). */
    void chargeMonthlyServiceFees(AccountRecord account, OperationResult result) {
        long services = account.services();
        while (services != 0) {
            int i = Long.numberOfTrailingZeros(services);
            services &= services - 1;
            ServiceSpec service = catalog.service(i);
            Postings.debit(account, MovementKind.SERVICE_FEE, i, service.fee().monthlyKopecks(), lowBalance, result);
        }
    }

    /** Charges one day of the tariff's daily fee and of every connected service's daily fee. */
    void chargeDailyFees(AccountRecord account, OperationResult result) {
        Tariff tariff = catalog.tariff(account.tariff());
        if (!account.isFamilyMember() && !waived(account, tariff)) {
            Postings.debit(account, MovementKind.TARIFF_FEE, account.tariff(), tariff.fee().dailyKopecks(), lowBalance, result);
        }
        long services = account.services();
        while (services != 0) {
            int i = Long.numberOfTrailingZeros(services);
            services &= services - 1;
            Postings.debit(account, MovementKind.SERVICE_FEE, i, catalog.service(i).fee().dailyKopecks(), lowBalance, result);
        }
    }

    /** The monthly tariff fee this account pays: its own fee (unless waived) and, for a family owner, a fee per member. */
    long monthlyTariffFee(AccountRecord account, Tariff tariff) {
        if (account.isFamilyMember()) {
            return 0;
        }
        long fee = waived(account, tariff) ? 0 : tariff.fee().monthlyKopecks();
        if (tariff.isFamily() && account.familySize() > 1) {
            fee += tariff.family().memberMonthlyFee() * (account.familySize() - 1);
        }
        return fee;
    }

    /** The monthly fee for the rest of the month of {@code now}, as {@link #startMonth} with {@code prorated} would charge it. */
    long feeForRestOfMonth(AccountRecord account, Tariff tariff, long now, boolean prorated) {
        int daysInMonth = calendar.daysInMonth(now);
        int days = prorated ? calendar.daysLeftInMonth(now) : daysInMonth;
        return share(monthlyTariffFee(account, tariff), days, daysInMonth);
    }

    /** Empties the tariff bundle of a month that was not paid for. */
    void skipMonth(AccountRecord account, long now) {
        setBundles(account, Allowance.NONE);
        account.periodEnd(calendar.endOfMonth(now));
        account.periodUnpaid(true);
    }

    private static boolean waived(AccountRecord account, Tariff tariff) {
        return tariff.convergent() && account.homeInternet();
    }

    private static void setBundles(AccountRecord account, Allowance allowance) {
        account.voiceLeft((int) allowance.voiceSeconds());
        account.smsLeft((int) allowance.sms());
        account.dataLeft(allowance.dataBytes());
    }

    /** {@code amount * days / daysInMonth}, rounded up to the kopeck. */
    private static long share(long amount, int days, int daysInMonth) {
        return days == daysInMonth ? amount : (amount * days + daysInMonth - 1) / daysInMonth;
    }
}
