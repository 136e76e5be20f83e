package io.telesim.billing.rating;

import io.telesim.billing.account.AccountRecord;
import io.telesim.billing.account.AccountStatus;
import io.telesim.billing.account.BundlePools;
import io.telesim.billing.account.Postings;
import io.telesim.billing.bonus.BonusAccrual;
import io.telesim.billing.catalog.BundleScope;
import io.telesim.billing.catalog.Catalog;
import io.telesim.billing.catalog.Favourites;
import io.telesim.billing.catalog.PriceList;
import io.telesim.billing.catalog.Rounding;
import io.telesim.billing.catalog.Tariff;
import io.telesim.billing.catalog.UsageUnit;
import io.telesim.billing.number.DestinationClass;
import io.telesim.billing.number.NumberingPlan;
import io.telesim.billing.result.MovementKind;
import io.telesim.billing.result.OperationResult;
import io.telesim.billing.result.Outcome;

/**
 * Rates usage (N1): bundles first, then money; destination class from the numbering plan; exact
 * rounding and connection fees. SMS and USSD are charged at once; calls and data are sessions that
 * {@link #reserve reserve}, {@link #update update}, {@link #commit commit} or {@link #release release}
 * (online charging: a session is granted only what bundles plus balance can pay for).
 *
 * <p>Every method takes the account that pays and the account that holds the bundles (the family owner
 * for a family member, else the same account), the time, and a result to fill. A refusal leaves both
 * accounts unchanged. Allocation-free and lock-free: called from the rating loop. Single writer: the
 * caller owns both accounts.
 */
public final class UsageRater {

    /** Voice prices are per minute. */
    private static final long SECONDS_PER_PRICE = 60;
    /** Data prices are per megabyte. */
    private static final long BYTES_PER_PRICE = 1 << 20;
    private static final long UNLIMITED = Long.MAX_VALUE / 4;

    private final NumberingPlan plan;
    private final Tariff[] tariffs;
    private final int favouritesService;
    private final Favourites favourites;
    private final long lowBalanceThreshold;
    private final long reservationValidityMillis;
    private final long kopecksPerBonusPoint;

    public UsageRater(Catalog catalog) {
        this.plan = catalog.numbering();
        this.tariffs = catalog.tariffs().toArray(new Tariff[0]);
        this.favouritesService = catalog.favouritesService();
        this.favourites = favouritesService < 0 ? null : catalog.service(favouritesService).favourites();
        this.lowBalanceThreshold = catalog.policies().account().lowBalanceThreshold();
        this.reservationValidityMillis = catalog.policies().account().reservationValiditySeconds() * 1000L;
        this.kopecksPerBonusPoint = catalog.policies().bonus().kopecksPerPointSpent();
    }

    /** Charges an SMS of {@code segments} to {@code destination} (a {@link io.telesim.billing.number.PartyNumber}), or refuses it whole. */
    public Outcome chargeSms(AccountRecord sender, AccountRecord holder, long destination, int segments, long now,
                             OperationResult result) {
        checkHolder(sender, holder);
        if (segments <= 0) {
            return result.outcome(Outcome.INVALID_AMOUNT);
        }
        DestinationClass destinationClass = plan.classify(sender.region(), destination);
        Outcome refusal = refusalFor(sender, destinationClass);
        if (refusal != null) {
            return result.outcome(refusal);
        }
        Tariff tariff = tariffs[sender.tariff()];
        long price = tariff.smsPrices().price(destinationClass);
        if (price == PriceList.BARRED) {
            return result.outcome(Outcome.BARRED_DESTINATION);
        }
        boolean tariffBundle = tariff.allowance().smsScope().covers(destinationClass);
        boolean addOns = BundleScope.RUSSIA.covers(destinationClass);
        long fromBundle = Math.min(segments, BundlePools.available(holder, UsageUnit.SMS, tariffBundle, addOns, now));
        long money = (segments - fromBundle) * price;
        // A debt leaves spendable money below zero; what costs nothing is still allowed.
        if (money > 0 && money > sender.spendableMoney()) {
            return result.outcome(Outcome.INSUFFICIENT_FUNDS);
        }
        BundlePools.consume(holder, UsageUnit.SMS, fromBundle, tariffBundle, addOns, now, result);
        chargeUsage(sender, money, fromBundle, now, result);
        result.destinationClass(destinationClass);
        result.usage(segments, segments, fromBundle, money);
        return result.outcome(Outcome.OK);
    }

    /** Charges a USSD request at the tariff's USSD price (free by default; free requests are allowed when blocked). */
    public Outcome chargeUssd(AccountRecord account, long now, OperationResult result) {
        Tariff tariff = tariffs[account.tariff()];
        long price = tariff.ussdPrice();
        int status = account.statusCode();
        if (status == AccountStatus.TERMINATED.ordinal()) {
            return result.outcome(Outcome.TERMINATED);
        }
        if (price > 0 && status != AccountStatus.ACTIVE.ordinal()) {
            return result.outcome(Outcome.BLOCKED);
        }
        if (price > 0 && price > account.spendableMoney()) {
            return result.outcome(Outcome.INSUFFICIENT_FUNDS);
        }
        chargeUsage(account, price, 0, now, result);
        result.usage(1, 1, 0, price);
        return result.outcome(Outcome.OK);
    }

    /**
     * Opens a call or data session and grants up to {@code requested} seconds or bytes: as much as the
     * bundles plus the spendable balance can pay for. A grant of zero refuses the session.
     *
     * @param reservation a cleared record (from {@link ReservationTable#claim}) to open; untouched on refusal
     */
    public Outcome reserve(AccountRecord account, AccountRecord holder, ReservationRecord reservation, long sessionId,
                           UsageKind kind, long destination, long requested, long now, OperationResult result) {
        checkHolder(account, holder);
        if (kind != UsageKind.VOICE && kind != UsageKind.DATA) {
            throw new IllegalArgumentException(kind + " is charged at once, not reserved");
        }
        if (requested <= 0 || sessionId == 0) {
            return result.outcome(Outcome.INVALID_AMOUNT);
        }
        Tariff tariff = tariffs[account.tariff()];
        DestinationClass destinationClass;
        long price;
        long connectionFee;
        Rounding rounding;
        boolean tariffBundle;
        boolean addOns;
        if (kind == UsageKind.VOICE) {
            destinationClass = plan.classify(account.region(), destination);
            price = voicePrice(account, tariff, destinationClass, destination);
            connectionFee = destinationClass == DestinationClass.FREE_SHORT ? 0 : tariff.voiceConnectionFee();
            rounding = tariff.voiceRounding();
            tariffBundle = tariff.allowance().voiceScope().covers(destinationClass);
            addOns = BundleScope.RUSSIA.covers(destinationClass);
        } else {
            destinationClass = DestinationClass.ON_NET;
            price = tariff.dataPerMegabyte();
            connectionFee = 0;
            rounding = tariff.dataRounding();
            tariffBundle = true;
            addOns = true;
        }
        Outcome refusal = refusalFor(account, destinationClass);
        if (refusal != null) {
            return result.outcome(refusal);
        }
        if (price == PriceList.BARRED && (kind == UsageKind.VOICE
                || BundlePools.available(holder, kind.unit(), true, true, now) == 0)) {
            return result.outcome(Outcome.BARRED_DESTINATION);
        }
        reservation.open(sessionId, account.msisdn(), holder.msisdn(), kind, destination, destinationClass, price,
                connectionFee, rounding.first(), rounding.increment(), tariffBundle, addOns, now);
        grantAndHold(account, holder, reservation, requested, now);
        if (reservation.granted() == 0) {
            reservation.clear();
            return result.outcome(Outcome.INSUFFICIENT_FUNDS);
        }
        result.destinationClass(destinationClass);
        result.grantedUnits(reservation.granted());
        result.balanceAfter(account.balance());
        return result.outcome(Outcome.OK);
    }

    /**
     * Reports {@code usedSoFar} units of an open session and asks for {@code requestMore} beyond them.
     * The grant becomes {@code usedSoFar + requestMore} as far as bundles and money allow; when
     * {@link OperationResult#grantedUnits()} equals the usage, nothing more can be paid and the
     * network must end the session. Blocked numbers get no more.
     */
    public Outcome update(AccountRecord account, AccountRecord holder, ReservationRecord reservation, long usedSoFar,
                          long requestMore, long now, OperationResult result) {
        if (reservation.sessionId() == 0) {
            return result.outcome(Outcome.RESERVATION_UNKNOWN);
        }
        checkSession(account, holder, reservation);
        if (requestMore < 0) {
            return result.outcome(Outcome.INVALID_AMOUNT);
        }
        long used = Math.min(Math.max(usedSoFar, reservation.reported()), reservation.granted());
        reservation.reported(used);
        boolean mayGrow = refusalFor(account, reservation.destinationClass()) == null;
        grantAndHold(account, holder, reservation, mayGrow ? used + requestMore : used, now);
        result.destinationClass(reservation.destinationClass());
        result.grantedUnits(reservation.granted());
        result.balanceAfter(account.balance());
        return result.outcome(Outcome.OK);
    }

    /**
     * Ends a session that used {@code totalUsed} units (at most what was granted): charges bundles then
     * money for it and releases the rest of what was held.
     */
    public Outcome commit(AccountRecord account, AccountRecord holder, ReservationRecord reservation, long totalUsed,
                          long now, OperationResult result) {
        if (reservation.sessionId() == 0) {
            return result.outcome(Outcome.RESERVATION_UNKNOWN);
        }
        checkSession(account, holder, reservation);
        UsageUnit unit = reservation.kind().unit();
        long used = Math.min(Math.max(totalUsed, reservation.reported()), reservation.granted());
        long charged = Rounding.charged(used, reservation.roundingFirst(), reservation.roundingIncrement());
        long bundlePart = Math.min(reservation.heldBundle(), charged);
        long money = used == 0 ? 0
                : reservation.connectionFee() + moneyCost(charged - bundlePart, reservation.price(), perPrice(unit));
        if (money > reservation.heldMoney()) {
            throw new IllegalStateException("commit would charge " + money + " but holds " + reservation.heldMoney() + ": " + reservation);
        }
        account.reservedMoney(account.reservedMoney() - reservation.heldMoney());
        BundlePools.reserve(holder, unit, -reservation.heldBundle());
        // Units the bundle no longer has (replaced by a tariff change mid-session) are not charged again as money.
        long fromBundle = BundlePools.consume(holder, unit, bundlePart, reservation.tariffBundle(), reservation.addOns(), now, result);
        chargeUsage(account, money, fromBundle, now, result);
        result.destinationClass(reservation.destinationClass());
        result.usage(used, charged, fromBundle, money);
        result.grantedUnits(reservation.granted());
        reservation.clear();
        return result.outcome(Outcome.OK);
    }

    /** Ends a session without a final report: charges what the network last reported and releases the rest. */
    public Outcome release(AccountRecord account, AccountRecord holder, ReservationRecord reservation, long now,
                           OperationResult result) {
        return commit(account, holder, reservation, reservation.reported(), now, result);
    }

    private void grantAndHold(AccountRecord account, AccountRecord holder, ReservationRecord reservation, long target, long now) {
        UsageUnit unit = reservation.kind().unit();
        long heldBundle = reservation.heldBundle();
        long heldMoney = reservation.heldMoney();
        long bundle = BundlePools.available(holder, unit, reservation.tariffBundle(), reservation.addOns(), now) + heldBundle;
        long money = account.spendableMoney() + heldMoney;
        long price = reservation.price();
        long connectionFee = reservation.connectionFee();
        long first = reservation.roundingFirst();
        long increment = reservation.roundingIncrement();
        long perPrice = perPrice(unit);

        long grant = 0;
        // Without a connection fee, bundle units and free destinations need no money, even in debt.
        if (target > 0 && (connectionFee == 0 || money >= connectionFee)) {
            long moneyUnits = moneyUnits(money - connectionFee, price, perPrice);
            long chargeable = moneyUnits >= UNLIMITED - bundle ? UNLIMITED : bundle + moneyUnits;
            grant = Math.min(target, Rounding.longestWithin(chargeable, first, increment));
        }
        // Usage already reported stays granted: fees debited during the session may have taken the money, but
        // what was held for it still pays for it (the new hold is never more than the old one).
        grant = Math.max(grant, reservation.reported());
        long charged = Rounding.charged(grant, first, increment);
        long newHeldBundle = Math.min(bundle, charged);
        long newHeldMoney = grant == 0 ? 0 : connectionFee + moneyCost(charged - newHeldBundle, price, perPrice);
        account.reservedMoney(account.reservedMoney() + newHeldMoney - heldMoney);
        BundlePools.reserve(holder, unit, newHeldBundle - heldBundle);
        reservation.grant(grant, newHeldBundle, newHeldMoney, now + reservationValidityMillis);
    }

    private long voicePrice(AccountRecord account, Tariff tariff, DestinationClass destinationClass, long destination) {
        long price = tariff.voicePerMinute().price(destinationClass);
        if (price > 0 && favourites != null && account.hasService(favouritesService)
                && BundleScope.RUSSIA.covers(destinationClass) && account.isFavourite(destination)) {
            return favourites.discounted(price);
        }
        return price;
    }

    /** Null when the account may make this usage, else why not. */
    private static Outcome refusalFor(AccountRecord account, DestinationClass destinationClass) {
        int status = account.statusCode();
        if (status == AccountStatus.ACTIVE.ordinal()) {
            return null;
        }
        if (status == AccountStatus.TERMINATED.ordinal()) {
            return Outcome.TERMINATED;
        }
        return destinationClass == DestinationClass.FREE_SHORT ? null : Outcome.BLOCKED;
    }

    private void chargeUsage(AccountRecord account, long money, long fromBundle, long now, OperationResult result) {
        Postings.debit(account, MovementKind.USAGE_CHARGE, OperationResult.NO_ITEM, money, lowBalanceThreshold, result);
        BonusAccrual.onSpend(account, money, kopecksPerBonusPoint, result);
        if (money > 0 || fromBundle > 0) {
            account.lastActivity(now);
        }
        result.balanceAfter(account.balance());
    }

    private static long perPrice(UsageUnit unit) {
        return unit == UsageUnit.DATA_BYTES ? BYTES_PER_PRICE : SECONDS_PER_PRICE;
    }

    /** Units {@code money} kopecks pay for at {@code price} per {@code perPrice} units. */
    private static long moneyUnits(long money, long price, long perPrice) {
        if (price == 0) {
            return UNLIMITED;
        }
        if (price == PriceList.BARRED || money <= 0) {
            return 0;
        }
        if (money > UNLIMITED / perPrice) {
            return UNLIMITED;
        }
        return money * perPrice / price;
    }

    /** Kopecks {@code units} cost at {@code price} per {@code perPrice} units, rounded up. */
    private static long moneyCost(long units, long price, long perPrice) {
        if (units <= 0 || price <= 0) {
            return 0;
        }
        return Math.addExact(Math.multiplyExact(units, price), perPrice - 1) / perPrice;
    }

    private static void checkSession(AccountRecord account, AccountRecord holder, ReservationRecord reservation) {
        if (reservation.msisdn() != account.msisdn() || reservation.holder() != holder.msisdn()) {
            throw new IllegalArgumentException("session " + reservation.sessionId() + " belongs to " + reservation.msisdn()
                    + " with bundles of " + reservation.holder() + ", not to " + account.msisdn() + "/" + holder.msisdn());
        }
    }

    private static void checkHolder(AccountRecord account, AccountRecord holder) {
        if (holder.msisdn() != account.bundleHolder()) {
            throw new IllegalArgumentException("account " + account.msisdn() + " uses the bundles of " + account.bundleHolder()
                    + ", not of " + holder.msisdn());
        }
    }
}
