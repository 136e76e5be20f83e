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
 * rounding and connection fees. Usage the tariff prices at zero (unlimited on-net, free numbers) never
 * draws from bundles. SMS and USSD are charged at once; calls and data are sessions that
 * {@link #reserve reserve}, {@link #update update}, {@link #commit commit} or {@link #release release}
 * (online charging: a session is granted only what bundles plus balance can pay for). Money spent on
 * usage counts towards the number's monthly {@link SpendingLimits spending limit}: a one-shot charge over
 * it is refused and a session is granted only what is left under it.
 *
 * <p>Every method takes the account that pays and the account that holds the bundles (the family owner
 * for a family member, else the same account), the time, and a result to fill. A refusal leaves both
 * accounts unchanged. Allocation-free and lock-free: called from the rating loop. Single writer: the
 * caller owns both accounts, and a rater is used by one thread only (it keeps scratch space).
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
    private final SpendingLimits limits;
    private final SessionQuote quote = new SessionQuote();

    public UsageRater(Catalog catalog, SpendingLimits limits) {
        this.limits = limits;
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
        // What the tariff prices at zero (e.g. unlimited on-net) never draws from a bundle.
        boolean tariffBundle = price > 0 && tariff.allowance().smsScope().covers(destinationClass);
        boolean addOns = price > 0 && BundleScope.RUSSIA.covers(destinationClass);
        long fromBundle = Math.min(segments, BundlePools.available(holder, UsageUnit.SMS, tariffBundle, addOns, now));
        long money = (segments - fromBundle) * price;
        // A debt leaves spendable money below zero; what costs nothing is still allowed.
        if (money > 0 && money > sender.spendableMoney()) {
            return result.outcome(Outcome.INSUFFICIENT_FUNDS);
        }
        if (money > 0 && money > limits.moneyLeft(sender, now)) {
            return refuseOverLimit(sender, result);
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
        if (price > 0 && price > limits.moneyLeft(account, now)) {
            return refuseOverLimit(account, result);
        }
        chargeUsage(account, price, 0, now, result);
        result.usage(1, 1, 0, price);
        return result.outcome(Outcome.OK);
    }

    /**
     * Rates a call or data session that has already ended (a call detail record): charges bundles then
     * money for {@code used} seconds or bytes, or for as much of them as bundles plus the spendable
     * balance could pay for: the session as the network would have cut it. {@link OperationResult#grantedUnits()}
     * below {@code used} says it was cut short. The same charge as {@link #reserve} for {@code used} then
     * {@link #commit} of the grant, without holding a reservation.
     */
    public Outcome chargeSession(AccountRecord account, AccountRecord holder, UsageKind kind, long destination, long used,
                                 long now, OperationResult result) {
        checkHolder(account, holder);
        checkSessionKind(kind);
        if (used <= 0) {
            return result.outcome(Outcome.INVALID_AMOUNT);
        }
        Outcome refusal = quote(account, holder, kind, destination, now);
        if (refusal != null) {
            return result.outcome(refusal);
        }
        UsageUnit unit = kind.unit();
        long bundle = BundlePools.available(holder, unit, quote.tariffBundle, quote.addOns, now);
        long grant = used;
        long charged = Rounding.charged(grant, quote.first, quote.increment);
        long bundlePart = Math.min(bundle, charged);
        long money = quote.connectionFee + moneyCost(charged - bundlePart, quote.price, quote.perPrice);
        long usable = limits.usableMoney(account, now);
        boolean paid = quote.price == PriceList.BARRED ? charged <= bundle : money == 0 || money <= usable;
        if (!paid) {
            // Cut short: only what bundles and the spendable balance (within the spending limit) pay for.
            grant = grantFor(used, bundle, usable, quote.price, quote.connectionFee, quote.first,
                    quote.increment, quote.perPrice);
            boolean limited = limits.limitBinds(account, now);
            if (grant == 0) {
                return limited ? refuseOverLimit(account, result) : result.outcome(Outcome.INSUFFICIENT_FUNDS);
            }
            if (limited) {
                limits.reached(account, result);
            }
            charged = Rounding.charged(grant, quote.first, quote.increment);
            bundlePart = Math.min(bundle, charged);
            money = quote.connectionFee + moneyCost(charged - bundlePart, quote.price, quote.perPrice);
        }
        long fromBundle = BundlePools.consume(holder, unit, bundlePart, quote.tariffBundle, quote.addOns, now, result);
        chargeUsage(account, money, fromBundle, now, result);
        result.destinationClass(quote.destinationClass);
        result.usage(grant, charged, fromBundle, money);
        result.grantedUnits(grant);
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
        checkSessionKind(kind);
        if (requested <= 0 || sessionId == 0) {
            return result.outcome(Outcome.INVALID_AMOUNT);
        }
        if (account.openSessions() >= AccountRecord.MAX_OPEN_SESSIONS) {
            return result.outcome(Outcome.RESERVATIONS_FULL);
        }
        Outcome refusal = quote(account, holder, kind, destination, now);
        if (refusal != null) {
            return result.outcome(refusal);
        }
        reservation.open(sessionId, account.msisdn(), holder.msisdn(), kind, destination, quote.destinationClass, quote.price,
                quote.connectionFee, quote.first, quote.increment, quote.tariffBundle, quote.addOns, now);
        grantAndHold(account, holder, reservation, requested, now, result);
        if (reservation.granted() == 0) {
            reservation.clear();
            return limits.limitBinds(account, now) ? refuseOverLimit(account, result) : result.outcome(Outcome.INSUFFICIENT_FUNDS);
        }
        account.openSessions(account.openSessions() + 1);
        result.destinationClass(quote.destinationClass);
        result.grantedUnits(reservation.granted());
        result.balanceAfter(account.balance());
        return result.outcome(Outcome.OK);
    }

    /**
     * Fills {@link #quote} with the terms of a call or data session: destination class, locked price,
     * connection fee, rounding and which bundles pay for it.
     *
     * @return null when the account may make this usage, else why not
     */
    private Outcome quote(AccountRecord account, AccountRecord holder, UsageKind kind, long destination, long now) {
        Tariff tariff = tariffs[account.tariff()];
        SessionQuote q = quote;
        Rounding rounding;
        if (kind == UsageKind.VOICE) {
            q.destinationClass = plan.classify(account.region(), destination);
            q.price = voicePrice(account, tariff, q.destinationClass, destination);
            q.connectionFee = q.destinationClass == DestinationClass.FREE_SHORT ? 0 : tariff.voiceConnectionFee();
            rounding = tariff.voiceRounding();
            // What the tariff prices at zero (e.g. unlimited on-net) never draws from a bundle.
            q.tariffBundle = q.price > 0 && tariff.allowance().voiceScope().covers(q.destinationClass);
            q.addOns = q.price > 0 && BundleScope.RUSSIA.covers(q.destinationClass);
            q.perPrice = SECONDS_PER_PRICE;
        } else {
            q.destinationClass = DestinationClass.ON_NET;
            q.price = tariff.dataPerMegabyte();
            q.connectionFee = 0;
            rounding = tariff.dataRounding();
            q.tariffBundle = q.price != 0;
            q.addOns = q.price != 0;
            q.perPrice = BYTES_PER_PRICE;
        }
        q.first = rounding.first();
        q.increment = rounding.increment();
        Outcome refusal = refusalFor(account, q.destinationClass);
        if (refusal != null) {
            return refusal;
        }
        if (q.price == PriceList.BARRED && (kind == UsageKind.VOICE
                || BundlePools.available(holder, kind.unit(), true, true, now) == 0)) {
            return Outcome.BARRED_DESTINATION;
        }
        return null;
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
        grantAndHold(account, holder, reservation, mayGrow ? used + requestMore : used, now, result);
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
        account.openSessions(account.openSessions() - 1);
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

    /** Grants up to {@code target} units; raises the spending-limit notice when the limit cut the grant short. */
    private void grantAndHold(AccountRecord account, AccountRecord holder, ReservationRecord reservation, long target, long now,
                              OperationResult result) {
        UsageUnit unit = reservation.kind().unit();
        long heldBundle = reservation.heldBundle();
        long heldMoney = reservation.heldMoney();
        long bundle = BundlePools.available(holder, unit, reservation.tariffBundle(), reservation.addOns(), now) + heldBundle;
        long money = limits.usableMoney(account, now) + heldMoney;
        long price = reservation.price();
        long connectionFee = reservation.connectionFee();
        long first = reservation.roundingFirst();
        long increment = reservation.roundingIncrement();
        long perPrice = perPrice(unit);

        long grant = grantFor(target, bundle, money, price, connectionFee, first, increment, perPrice);
        // Usage already reported stays granted: fees debited during the session may have taken the money, but
        // what was held for it still pays for it (the new hold is never more than the old one).
        grant = Math.max(grant, reservation.reported());
        if (grant < target && grant > 0 && limits.limitBinds(account, now)) {
            limits.reached(account, result);
        }
        long charged = Rounding.charged(grant, first, increment);
        long newHeldBundle = Math.min(bundle, charged);
        long newHeldMoney = grant == 0 ? 0 : connectionFee + moneyCost(charged - newHeldBundle, price, perPrice);
        account.reservedMoney(account.reservedMoney() + newHeldMoney - heldMoney);
        BundlePools.reserve(holder, unit, newHeldBundle - heldBundle);
        reservation.grant(grant, newHeldBundle, newHeldMoney, now + reservationValidityMillis);
    }

    /**
     * The most units up to {@code target} that {@code bundle} units plus {@code money} kopecks pay for,
     * rounding and connection fee included. Without a connection fee, bundle units and free destinations
     * need no money, even in debt.
     */
    private static long grantFor(long target, long bundle, long money, long price, long connectionFee, long first,
                                 long increment, long perPrice) {
        if (target <= 0 || (connectionFee > 0 && money < connectionFee)) {
            return 0;
        }
        long moneyUnits = moneyUnits(money - connectionFee, price, perPrice);
        long chargeable = moneyUnits >= UNLIMITED - bundle ? UNLIMITED : bundle + moneyUnits;
        return Math.min(target, Rounding.longestWithin(chargeable, first, increment));
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
        limits.spent(account, money, now, result);
        if (money > 0 || fromBundle > 0) {
            account.lastActivity(now);
        }
        result.balanceAfter(account.balance());
    }

    /** Refuses usage the spending limit does not leave room for, and tells the subscriber once a month. */
    private Outcome refuseOverLimit(AccountRecord account, OperationResult result) {
        limits.reached(account, result);
        return result.outcome(Outcome.SPENDING_LIMIT_REACHED);
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
        long scaled = Math.addExact(Math.multiplyExact(units, price), perPrice - 1);
        // Constant divisors, so the JIT divides by multiplying (calls per minute) or shifting (data per MB).
        return perPrice == BYTES_PER_PRICE ? scaled / BYTES_PER_PRICE : scaled / SECONDS_PER_PRICE;
    }

    private static void checkSession(AccountRecord account, AccountRecord holder, ReservationRecord reservation) {
        if (reservation.msisdn() != account.msisdn() || reservation.holder() != holder.msisdn()) {
            throw new IllegalArgumentException("session " + reservation.sessionId() + " belongs to " + reservation.msisdn()
                    + " with bundles of " + reservation.holder() + ", not to " + account.msisdn() + "/" + holder.msisdn());
        }
    }

    private static void checkSessionKind(UsageKind kind) {
        if (kind != UsageKind.VOICE && kind != UsageKind.DATA) {
            throw new IllegalArgumentException(kind + " is charged at once, not as a session");
        }
    }

    /** The terms of the session being rated: scratch space, reused so the rating loop allocates nothing. */
    private static final class SessionQuote {
        DestinationClass destinationClass;
        long price;
        long connectionFee;
        long first;
        long increment;
        long perPrice;
        boolean tariffBundle;
        boolean addOns;
    }

    private static void checkHolder(AccountRecord account, AccountRecord holder) {
        if (holder.msisdn() != account.bundleHolder()) {
            throw new IllegalArgumentException("account " + account.msisdn() + " uses the bundles of " + account.bundleHolder()
                    + ", not of " + holder.msisdn());
        }
    }
}
