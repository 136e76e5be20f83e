package io.telesim.engine;

import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

import io.telesim.billing.account.AccountStatus;
import io.telesim.billing.number.DestinationClass;
import io.telesim.billing.result.Outcome;

/**
 * The engine's answer to one command: the billing-core outcome and the account after it (balance,
 * bundles left, status, bonus points), with the usage breakdown for rated events. A flyweight over
 * {@link #LENGTH} bytes: the engine keeps each command's reply in this form, and a repeated command id
 * gets the bytes of the first reply back. A {@code Reply} handed to a {@link ReplyHandler} is valid only
 * during the call; {@link #snapshot()} keeps a copy.
 */
public final class Reply {

    private static final int COMMAND_ID = 0;
    private static final int TIME = 8;
    private static final int MSISDN = 16;
    private static final int BALANCE = 24;
    private static final int VOICE_LEFT = 32;
    private static final int SMS_LEFT = 40;
    private static final int DATA_LEFT = 48;
    private static final int BONUS_POINTS = 56;
    private static final int GRANTED = 64;
    private static final int USED = 72;
    private static final int CHARGED = 80;
    private static final int BUNDLE = 88;
    private static final int MONEY = 96;
    private static final int BONUS_EARNED = 104;
    private static final int GIFT_CODE = 112;
    private static final int NOTICES = 120;
    private static final int OUTCOME = 124;
    private static final int TYPE = 125;
    private static final int STATUS = 126;
    private static final int DESTINATION = 127;

    /** Bytes one reply takes. */
    public static final int LENGTH = 128;

    private final UnsafeBuffer buffer;
    private final int offset;
    private boolean duplicate;

    /** A reply over its own bytes. */
    public Reply() {
        this(new UnsafeBuffer(new byte[LENGTH]), 0);
    }

    /** A reply over {@link #LENGTH} bytes of {@code buffer} from {@code offset}. */
    public Reply(UnsafeBuffer buffer, int offset) {
        this.buffer = buffer;
        this.offset = offset;
    }

    public long commandId() {
        return buffer.getLong(offset + COMMAND_ID);
    }

    public CommandType type() {
        return CommandType.ofOrdinal(buffer.getByte(offset + TYPE));
    }

    public Outcome outcome() {
        return Outcome.ofOrdinal(buffer.getByte(offset + OUTCOME));
    }

    /** True when this answers a repeated command id: the first command's reply, nothing changed again. */
    public boolean duplicate() {
        return duplicate;
    }

    /** The engine's time of the command (epoch ms). */
    public long time() {
        return buffer.getLong(offset + TIME);
    }

    public long msisdn() {
        return buffer.getLong(offset + MSISDN);
    }

    /** Kopecks on the balance after the command. */
    public long balance() {
        return buffer.getLong(offset + BALANCE);
    }

    /** Bundle units left after the command (seconds, messages, bytes), from the account holding the bundles. */
    public long voiceLeft() {
        return buffer.getLong(offset + VOICE_LEFT);
    }

    public long smsLeft() {
        return buffer.getLong(offset + SMS_LEFT);
    }

    public long dataLeft() {
        return buffer.getLong(offset + DATA_LEFT);
    }

    public long bonusPoints() {
        return buffer.getLong(offset + BONUS_POINTS);
    }

    /** The account's status after the command, or null when the number is not a subscriber. */
    public AccountStatus status() {
        int status = buffer.getByte(offset + STATUS);
        return status < 0 ? null : AccountStatus.ofCode(status);
    }

    /** Units granted to a session (seconds or bytes). */
    public long grantedUnits() {
        return buffer.getLong(offset + GRANTED);
    }

    public long usedUnits() {
        return buffer.getLong(offset + USED);
    }

    public long chargedUnits() {
        return buffer.getLong(offset + CHARGED);
    }

    public long bundleUnits() {
        return buffer.getLong(offset + BUNDLE);
    }

    /** Kopecks charged for usage. */
    public long usageMoney() {
        return buffer.getLong(offset + MONEY);
    }

    public long bonusEarned() {
        return buffer.getLong(offset + BONUS_EARNED);
    }

    public long giftCode() {
        return buffer.getLong(offset + GIFT_CODE);
    }

    /** {@link io.telesim.billing.result.Notices} bits. */
    public int notices() {
        return buffer.getInt(offset + NOTICES);
    }

    /** The destination class of a rated call or SMS, or null. */
    public DestinationClass destinationClass() {
        int destination = buffer.getByte(offset + DESTINATION);
        return destination < 0 ? null : DestinationClass.ofOrdinal(destination);
    }

    /** An immutable copy, for keeping beyond a {@link ReplyHandler} call. */
    public ReplySnapshot snapshot() {
        return new ReplySnapshot(commandId(), type(), outcome(), duplicate, time(), msisdn(), balance(), status(), voiceLeft(),
                smsLeft(), dataLeft(), bonusPoints(), grantedUnits(), usedUnits(), chargedUnits(), bundleUnits(), usageMoney(),
                bonusEarned(), giftCode(), notices(), destinationClass());
    }

    // --- written by the engine's pipeline; callers only read ---

    public DirectBuffer buffer() {
        return buffer;
    }

    public int offset() {
        return offset;
    }

    public void copyFrom(DirectBuffer source, int sourceOffset) {
        buffer.putBytes(offset, source, sourceOffset, LENGTH);
    }

    public void copyTo(MutableDirectBuffer target, int targetOffset) {
        target.putBytes(targetOffset, buffer, offset, LENGTH);
    }

    public void duplicate(boolean duplicate) {
        this.duplicate = duplicate;
    }

    public void head(long commandId, CommandType type, long time, long msisdn) {
        // word stores rather than setMemory: its native call cost the writer thread more than the clearing itself
        for (int at = 0; at < LENGTH; at += Long.BYTES) {
            buffer.putLong(offset + at, 0L);
        }
        buffer.putLong(offset + COMMAND_ID, commandId);
        buffer.putByte(offset + TYPE, (byte) type.ordinal());
        buffer.putLong(offset + TIME, time);
        buffer.putLong(offset + MSISDN, msisdn);
        buffer.putByte(offset + STATUS, (byte) -1);
        buffer.putByte(offset + DESTINATION, (byte) -1);
        duplicate = false;
    }

    /** Reads the reply's two cache lines, for a stage reading its next slots ahead; returns a value to keep. */
    public long touch() {
        return buffer.getLong(offset) + buffer.getLong(offset + 64);
    }

    public void outcome(Outcome outcome) {
        buffer.putByte(offset + OUTCOME, (byte) outcome.ordinal());
    }

    public void account(long balance, AccountStatus status, long voiceLeft, long smsLeft, long dataLeft, long bonusPoints) {
        buffer.putLong(offset + BALANCE, balance);
        buffer.putByte(offset + STATUS, (byte) status.ordinal());
        buffer.putLong(offset + VOICE_LEFT, voiceLeft);
        buffer.putLong(offset + SMS_LEFT, smsLeft);
        buffer.putLong(offset + DATA_LEFT, dataLeft);
        buffer.putLong(offset + BONUS_POINTS, bonusPoints);
    }

    public void usage(DestinationClass destination, long granted, long used, long charged, long bundle, long money, long bonusEarned,
               int notices, long giftCode) {
        buffer.putByte(offset + DESTINATION, (byte) (destination == null ? -1 : destination.ordinal()));
        buffer.putLong(offset + GRANTED, granted);
        buffer.putLong(offset + USED, used);
        buffer.putLong(offset + CHARGED, charged);
        buffer.putLong(offset + BUNDLE, bundle);
        buffer.putLong(offset + MONEY, money);
        buffer.putLong(offset + BONUS_EARNED, bonusEarned);
        buffer.putInt(offset + NOTICES, notices);
        buffer.putLong(offset + GIFT_CODE, giftCode);
    }

    @Override
    public String toString() {
        return snapshot().toString();
    }
}
