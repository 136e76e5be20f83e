package io.telesim.billing.result;

import io.telesim.billing.number.DestinationClass;

/**
 * The outcome of one operation and everything it changed: each money movement (with the number it
 * touched), the usage breakdown for rated events, bonus points and notices. Mutable and reused: the
 * caller {@link #reset() resets} it before each operation, so the rating loop allocates nothing.
 */
public final class OperationResult {

    /** The most movements one operation records (a day of fees for an account merges by kind and item). */
    public static final int MAX_MOVEMENTS = 64;

    /** {@link #item(int)} of a movement that concerns no particular catalog item. */
    public static final int NO_ITEM = -1;

    private Outcome outcome = Outcome.OK;
    private int movementCount;
    private final long[] movementAccounts = new long[MAX_MOVEMENTS];
    private final byte[] movementKinds = new byte[MAX_MOVEMENTS];
    private final int[] movementItems = new int[MAX_MOVEMENTS];
    private final long[] movementAmounts = new long[MAX_MOVEMENTS];

    private int destinationClass = -1;
    private long usedUnits;
    private long chargedUnits;
    private long bundleUnits;
    private long usageMoney;
    private long grantedUnits;
    private long bonusEarned;
    private long balanceAfter;
    private int notices;
    private long giftCode;

    public OperationResult reset() {
        outcome = Outcome.OK;
        movementCount = 0;
        destinationClass = -1;
        usedUnits = 0;
        chargedUnits = 0;
        bundleUnits = 0;
        usageMoney = 0;
        grantedUnits = 0;
        bonusEarned = 0;
        balanceAfter = 0;
        notices = 0;
        giftCode = 0;
        return this;
    }

    /** Sets the outcome and returns it, so operations can {@code return result.refuse(...)}. */
    public Outcome outcome(Outcome outcome) {
        this.outcome = outcome;
        return outcome;
    }

    public Outcome outcome() {
        return outcome;
    }

    /**
     * Records a movement of {@code amount} kopecks (never negative) on {@code account}. Movements of the
     * same account, kind and item are merged.
     *
     * @param item the catalog index of the tariff, service or add-on concerned, or {@link #NO_ITEM}
     */
    public void addMovement(long account, MovementKind kind, int item, long amount) {
        if (amount < 0) {
            throw new IllegalArgumentException("movement amounts are never negative: " + kind + " " + amount);
        }
        if (amount == 0) {
            return;
        }
        for (int i = 0; i < movementCount; i++) {
            if (movementAccounts[i] == account && movementKinds[i] == kind.ordinal() && movementItems[i] == item) {
                movementAmounts[i] += amount;
                return;
            }
        }
        if (movementCount == MAX_MOVEMENTS) {
            throw new IllegalStateException("more than " + MAX_MOVEMENTS + " movements in one operation");
        }
        movementAccounts[movementCount] = account;
        movementKinds[movementCount] = (byte) kind.ordinal();
        movementItems[movementCount] = item;
        movementAmounts[movementCount] = amount;
        movementCount++;
    }

    /**
     * Reads the lines a result is first written to (its fields and the start of each movement array) and
     * returns a value the caller must keep, so a loop can take the cache misses of the next results together.
     * Changes nothing.
     */
    public long touch() {
        return movementCount + movementAccounts[0] + movementKinds[0] + movementItems[0] + movementAmounts[0];
    }

    public int movementCount() {
        return movementCount;
    }

    public long movementAccount(int i) {
        return movementAccounts[i];
    }

    public MovementKind movementKind(int i) {
        return MovementKind.ofOrdinal(movementKinds[i]);
    }

    public int movementItem(int i) {
        return movementItems[i];
    }

    public long movementAmount(int i) {
        return movementAmounts[i];
    }

    /** The sum of signed movements on {@code account}: what this operation did to its balance. */
    public long netMovement(long account) {
        long net = 0;
        for (int i = 0; i < movementCount; i++) {
            if (movementAccounts[i] == account) {
                net += movementKind(i).signed(movementAmounts[i]);
            }
        }
        return net;
    }

    /** The destination of a rated event, or null for operations that rate nothing. */
    public DestinationClass destinationClass() {
        return destinationClass < 0 ? null : DestinationClass.ofOrdinal(destinationClass);
    }

    public void destinationClass(DestinationClass destination) {
        this.destinationClass = destination.ordinal();
    }

    /** Usage in the event's unit (seconds, segments, bytes) as it happened. */
    public long usedUnits() {
        return usedUnits;
    }

    /** Usage after rounding: what was charged from bundles and money. */
    public long chargedUnits() {
        return chargedUnits;
    }

    /** Of {@link #chargedUnits()}, the part paid from bundles. */
    public long bundleUnits() {
        return bundleUnits;
    }

    /** Kopecks charged for the usage. */
    public long usageMoney() {
        return usageMoney;
    }

    public void usage(long used, long charged, long bundle, long money) {
        this.usedUnits = used;
        this.chargedUnits = charged;
        this.bundleUnits = bundle;
        this.usageMoney = money;
    }

    /** Units a reservation granted in total (seconds or bytes); 0 when nothing can pay. */
    public long grantedUnits() {
        return grantedUnits;
    }

    public void grantedUnits(long units) {
        this.grantedUnits = units;
    }

    public long bonusEarned() {
        return bonusEarned;
    }

    public void addBonusEarned(long points) {
        this.bonusEarned += points;
    }

    /** The balance of the account the operation was for, after it. */
    public long balanceAfter() {
        return balanceAfter;
    }

    public void balanceAfter(long kopecks) {
        this.balanceAfter = kopecks;
    }

    /** {@link Notices} bits. */
    public int notices() {
        return notices;
    }

    public void notice(int bit) {
        this.notices |= bit;
    }

    /** The claim code of a bonus gift, or 0. */
    public long giftCode() {
        return giftCode;
    }

    public void giftCode(long code) {
        this.giftCode = code;
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("OperationResult{").append(outcome);
        for (int i = 0; i < movementCount; i++) {
            s.append(", ").append(movementAccounts[i]).append(' ').append(movementKind(i)).append(' ').append(movementAmounts[i]);
        }
        return s.append('}').toString();
    }
}
