package io.telesim.billing.rating;

import org.agrona.MutableDirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

import io.telesim.billing.number.DestinationClass;

/**
 * A flyweight over an open call or data session's reservation (online charging): what was granted,
 * what the network has reported as used, and the bundle units and money held for it. The price is
 * locked when the session opens, so a tariff change during a call does not reprice it.
 *
 * <p>Single writer: written only by the thread that owns the subscriber's account.
 */
public final class ReservationRecord {

    private static final int SESSION_ID = 0;
    private static final int MSISDN = 8;
    private static final int HOLDER = 16;
    private static final int DESTINATION = 24;
    private static final int GRANTED = 32;
    private static final int REPORTED = 40;
    private static final int HELD_BUNDLE = 48;
    private static final int HELD_MONEY = 56;
    private static final int PRICE = 64;
    private static final int CONNECTION_FEE = 72;
    private static final int ROUNDING_FIRST = 80;
    private static final int ROUNDING_INCREMENT = 88;
    private static final int EXPIRES_AT = 96;
    private static final int STARTED_AT = 104;
    private static final int KIND = 112;
    private static final int DESTINATION_CLASS = 113;
    private static final int TARIFF_BUNDLE = 114;
    private static final int ADD_ONS = 115;

    /** Bytes one reservation takes. */
    public static final int LENGTH = 120;

    private MutableDirectBuffer buffer;
    private int offset;

    /** A record over its own zeroed heap bytes: for tests and one-off tools. */
    public static ReservationRecord onHeap() {
        return new ReservationRecord().wrap(new UnsafeBuffer(new byte[LENGTH]), 0);
    }

    public ReservationRecord wrap(MutableDirectBuffer buffer, int offset) {
        this.buffer = buffer;
        this.offset = offset;
        return this;
    }

    public void clear() {
        buffer.setMemory(offset, LENGTH, (byte) 0);
    }

    public MutableDirectBuffer buffer() {
        return buffer;
    }

    public int offset() {
        return offset;
    }

    /** Copies every field of {@code other} into this record (to save and restore open sessions). */
    public void copyFrom(ReservationRecord other) {
        buffer.putBytes(offset, other.buffer, other.offset, LENGTH);
    }

    /** The caller-chosen id of the session; 0 when this record is free. */
    public long sessionId() {
        return buffer.getLong(offset + SESSION_ID);
    }

    public long msisdn() {
        return buffer.getLong(offset + MSISDN);
    }

    /** The account whose bundles hold units for this session (the family owner for members). */
    public long holder() {
        return buffer.getLong(offset + HOLDER);
    }

    public long destination() {
        return buffer.getLong(offset + DESTINATION);
    }

    /** Units granted so far in total (seconds or bytes). */
    public long granted() {
        return buffer.getLong(offset + GRANTED);
    }

    /** Units the network has reported as used so far. */
    public long reported() {
        return buffer.getLong(offset + REPORTED);
    }

    public long heldBundle() {
        return buffer.getLong(offset + HELD_BUNDLE);
    }

    public long heldMoney() {
        return buffer.getLong(offset + HELD_MONEY);
    }

    /** Kopecks per minute (calls) or per megabyte (data), locked at the start. */
    public long price() {
        return buffer.getLong(offset + PRICE);
    }

    public long connectionFee() {
        return buffer.getLong(offset + CONNECTION_FEE);
    }

    public long roundingFirst() {
        return buffer.getLong(offset + ROUNDING_FIRST);
    }

    public long roundingIncrement() {
        return buffer.getLong(offset + ROUNDING_INCREMENT);
    }

    public long expiresAt() {
        return buffer.getLong(offset + EXPIRES_AT);
    }

    public long startedAt() {
        return buffer.getLong(offset + STARTED_AT);
    }

    public UsageKind kind() {
        return UsageKind.ofOrdinal(buffer.getByte(offset + KIND));
    }

    public DestinationClass destinationClass() {
        return DestinationClass.ofOrdinal(buffer.getByte(offset + DESTINATION_CLASS));
    }

    public boolean tariffBundle() {
        return buffer.getByte(offset + TARIFF_BUNDLE) != 0;
    }

    public boolean addOns() {
        return buffer.getByte(offset + ADD_ONS) != 0;
    }

    void open(long sessionId, long msisdn, long holder, UsageKind kind, long destination, DestinationClass destinationClass,
              long price, long connectionFee, long roundingFirst, long roundingIncrement, boolean tariffBundle, boolean addOns,
              long now) {
        buffer.putLong(offset + SESSION_ID, sessionId);
        buffer.putLong(offset + MSISDN, msisdn);
        buffer.putLong(offset + HOLDER, holder);
        buffer.putLong(offset + DESTINATION, destination);
        buffer.putLong(offset + GRANTED, 0);
        buffer.putLong(offset + REPORTED, 0);
        buffer.putLong(offset + HELD_BUNDLE, 0);
        buffer.putLong(offset + HELD_MONEY, 0);
        buffer.putLong(offset + PRICE, price);
        buffer.putLong(offset + CONNECTION_FEE, connectionFee);
        buffer.putLong(offset + ROUNDING_FIRST, roundingFirst);
        buffer.putLong(offset + ROUNDING_INCREMENT, roundingIncrement);
        buffer.putLong(offset + STARTED_AT, now);
        buffer.putByte(offset + KIND, (byte) kind.ordinal());
        buffer.putByte(offset + DESTINATION_CLASS, (byte) destinationClass.ordinal());
        buffer.putByte(offset + TARIFF_BUNDLE, (byte) (tariffBundle ? 1 : 0));
        buffer.putByte(offset + ADD_ONS, (byte) (addOns ? 1 : 0));
    }

    void grant(long granted, long heldBundle, long heldMoney, long expiresAt) {
        buffer.putLong(offset + GRANTED, granted);
        buffer.putLong(offset + HELD_BUNDLE, heldBundle);
        buffer.putLong(offset + HELD_MONEY, heldMoney);
        buffer.putLong(offset + EXPIRES_AT, expiresAt);
    }

    void reported(long units) {
        buffer.putLong(offset + REPORTED, units);
    }

    @Override
    public String toString() {
        return "Reservation{" + sessionId() + ", " + msisdn() + " " + kind() + " granted=" + granted() + " reported=" + reported()
                + " heldBundle=" + heldBundle() + " heldMoney=" + heldMoney() + '}';
    }
}
