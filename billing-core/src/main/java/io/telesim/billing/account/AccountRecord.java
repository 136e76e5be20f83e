package io.telesim.billing.account;

import org.agrona.MutableDirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

import io.telesim.billing.catalog.UsageUnit;

/**
 * A flyweight over one subscriber account laid out in {@link #LENGTH} bytes of a buffer, so that
 * the engine can keep accounts off-heap and update them in place (no object per account, no
 * serialisation per event). Wrap it over a slot, read and write fields, move on.
 *
 * <p>Single writer: an account is only ever written by the one thread that owns it (the engine's
 * rating shard for its number). The flyweight itself holds no locks and no memory barriers.
 *
 * <p>Money is kopecks; bundle units are seconds, messages and bytes; times are epoch milliseconds;
 * days and months are {@link io.telesim.billing.time.OperatorCalendar} indexes.
 */
public final class AccountRecord {

    public static final int ADD_ON_SLOTS = 4;
    public static final int FORWARDING_SLOTS = 4;
    public static final int FAVOURITE_SLOTS = 3;
    public static final int TOP_UP_MONTHS = 3;

    // The rating loop touches only the first 128 bytes (two cache lines when aligned); the rest is cold.
    private static final int MSISDN = 0;
    private static final int BALANCE = 8;
    private static final int CREDIT_LIMIT = 16;
    private static final int RESERVED_MONEY = 24;
    private static final int PERIOD_END = 32;
    private static final int LAST_ACTIVITY = 40;
    private static final int DATA_LEFT = 48;
    private static final int RESERVED_DATA = 56;
    private static final int BONUS_POINTS = 64;
    private static final int BONUS_SPEND_CARRY = 72;
    private static final int SERVICES = 80;
    private static final int FAMILY_OWNER = 88;
    private static final int AUTO_TOP_UP_THRESHOLD = 96;
    private static final int VOICE_LEFT = 104;
    private static final int SMS_LEFT = 108;
    private static final int RESERVED_VOICE = 112;
    private static final int TARIFF = 116;
    private static final int REGION = 118;
    private static final int STATUS = 120;
    private static final int FLAGS = 121;
    private static final int FAMILY_SIZE = 122;
    private static final int ADD_ON_KIND = 123;
    private static final int OPEN_SESSIONS = 127;
    private static final int HOT_END = 128;
    // cold
    private static final int ADD_ON_UNITS = HOT_END;
    private static final int ADD_ON_EXPIRY = ADD_ON_UNITS + 8 * ADD_ON_SLOTS;
    private static final int CREATED_AT = ADD_ON_EXPIRY + 8 * ADD_ON_SLOTS;
    private static final int PROMISED_OUTSTANDING = CREATED_AT + 8;
    private static final int PROMISED_DUE_AT = PROMISED_OUTSTANDING + 8;
    private static final int FORWARDING = PROMISED_DUE_AT + 8;
    private static final int FAVOURITES = FORWARDING + 8 * FORWARDING_SLOTS;
    private static final int BLOCKED_SINCE = FAVOURITES + 8 * FAVOURITE_SLOTS;
    // Amounts bounded by policy (a day's transfers, a month's top-ups, one auto top-up) fit an int.
    private static final int BONUS_TOP_UP_CARRY = BLOCKED_SINCE + 8;
    private static final int AUTO_TOP_UP_AMOUNT = BONUS_TOP_UP_CARRY + 4;
    private static final int TRANSFERRED_TODAY = AUTO_TOP_UP_AMOUNT + 4;
    private static final int TOP_UP_SUMS = TRANSFERRED_TODAY + 4;
    private static final int LAST_FEE_DAY = TOP_UP_SUMS + 4 * TOP_UP_MONTHS;
    private static final int TRANSFER_DAY = LAST_FEE_DAY + 4;
    private static final int TOP_UP_MONTH = TRANSFER_DAY + 4;
    // Corporate fields, 8-byte aligned on the cache line that starts at 320: the SIM and the monthly spending limit.
    private static final int ICCID = (TOP_UP_MONTH + 4 + 7) & ~7;
    private static final int SPENDING_LIMIT = ICCID + 8;
    private static final int MONTH_SPEND = SPENDING_LIMIT + 8;
    private static final int SPEND_PERIOD_END = MONTH_SPEND + 8;
    private static final int END = SPEND_PERIOD_END + 8;

    /**
     * Bytes one account takes: a multiple of a cache line, so accounts laid back to back from a 64-byte
     * aligned address keep the rating loop's fields in exactly two cache lines.
     */
    public static final int LENGTH = (END + 63) & ~63;

    private static final int FLAG_HOME_INTERNET = 1;
    private static final int FLAG_AUTO_TOP_UP_PENDING = 2;
    private static final int FLAG_LOW_BALANCE_NOTIFIED = 4;
    private static final int FLAG_PERIOD_UNPAID = 8;
    /** Set while the number has a monthly spending limit: rating reads the cold limit fields only then. */
    private static final int FLAG_SPENDING_LIMIT = 16;
    private static final int FLAG_SPENDING_LIMIT_NOTIFIED = 32;

    private static final UsageUnit[] UNITS = UsageUnit.values();

    private MutableDirectBuffer buffer;
    private int offset;

    /** A record over its own zeroed heap bytes: for tests and one-off tools. */
    public static AccountRecord onHeap() {
        return new AccountRecord().wrap(new UnsafeBuffer(new byte[LENGTH]), 0);
    }

    /** Points this flyweight at the account stored at {@code offset} of {@code buffer}. */
    public AccountRecord wrap(MutableDirectBuffer buffer, int offset) {
        this.buffer = buffer;
        this.offset = offset;
        return this;
    }

    public MutableDirectBuffer buffer() {
        return buffer;
    }

    public int offset() {
        return offset;
    }

    /**
     * Reads the cache lines the rating loop uses and returns a value the caller must keep (so the reads are
     * not optimised away). A rating loop touches the accounts of the next events before rating them, so that
     * their cache misses overlap instead of stalling one event at a time. Besides the hot fields, every command
     * reads two cold ones before it is rated: the last fee day (the daily cycle's check) and the outstanding
     * promised payment. Changes nothing.
     */
    public long touch() {
        return buffer.getLong(offset) + buffer.getLong(offset + 64) + buffer.getByte(offset + HOT_END - 1)
                + buffer.getLong(offset + PROMISED_OUTSTANDING) + buffer.getInt(offset + LAST_FEE_DAY);
    }

    /** Copies all fields of {@code other} into this record. */
    public void copyFrom(AccountRecord other) {
        buffer.putBytes(offset, other.buffer, other.offset, LENGTH);
    }

    /** Zeroes every field. */
    public void clear() {
        buffer.setMemory(offset, LENGTH, (byte) 0);
    }

    public long msisdn() {
        return buffer.getLong(offset + MSISDN);
    }

    public void msisdn(long value) {
        buffer.putLong(offset + MSISDN, value);
    }

    /** Kopecks; negative when in debt. */
    public long balance() {
        return buffer.getLong(offset + BALANCE);
    }

    public void balance(long kopecks) {
        buffer.putLong(offset + BALANCE, kopecks);
    }

    /** How far below zero the balance may go (kopecks, 0 for prepaid). */
    public long creditLimit() {
        return buffer.getLong(offset + CREDIT_LIMIT);
    }

    public void creditLimit(long kopecks) {
        buffer.putLong(offset + CREDIT_LIMIT, kopecks);
    }

    /** Kopecks held by open call and data reservations. */
    public long reservedMoney() {
        return buffer.getLong(offset + RESERVED_MONEY);
    }

    public void reservedMoney(long kopecks) {
        buffer.putLong(offset + RESERVED_MONEY, kopecks);
    }

    /** Kopecks that new usage may still spend: balance plus credit limit less what reservations hold. */
    public long spendableMoney() {
        return balance() + creditLimit() - reservedMoney();
    }

    public long createdAt() {
        return buffer.getLong(offset + CREATED_AT);
    }

    public void createdAt(long epochMillis) {
        buffer.putLong(offset + CREATED_AT, epochMillis);
    }

    /** The last chargeable activity: paid usage, bundle usage, a top-up. */
    public long lastActivity() {
        return buffer.getLong(offset + LAST_ACTIVITY);
    }

    public void lastActivity(long epochMillis) {
        buffer.putLong(offset + LAST_ACTIVITY, epochMillis);
    }

    /** When the tariff bundles of the current billing month end. */
    public long periodEnd() {
        return buffer.getLong(offset + PERIOD_END);
    }

    public void periodEnd(long epochMillis) {
        buffer.putLong(offset + PERIOD_END, epochMillis);
    }

    /** Seconds left in the tariff's voice bundle this month. */
    public int voiceLeft() {
        return buffer.getInt(offset + VOICE_LEFT);
    }

    public void voiceLeft(int seconds) {
        buffer.putInt(offset + VOICE_LEFT, seconds);
    }

    public int smsLeft() {
        return buffer.getInt(offset + SMS_LEFT);
    }

    public void smsLeft(int messages) {
        buffer.putInt(offset + SMS_LEFT, messages);
    }

    public long dataLeft() {
        return buffer.getLong(offset + DATA_LEFT);
    }

    public void dataLeft(long bytes) {
        buffer.putLong(offset + DATA_LEFT, bytes);
    }

    /** Voice bundle seconds (tariff and add-ons) held by open call reservations. */
    public int reservedVoice() {
        return buffer.getInt(offset + RESERVED_VOICE);
    }

    public void reservedVoice(int seconds) {
        buffer.putInt(offset + RESERVED_VOICE, seconds);
    }

    /** Data bundle bytes (tariff and add-ons) held by open data reservations. */
    public long reservedData() {
        return buffer.getLong(offset + RESERVED_DATA);
    }

    public void reservedData(long bytes) {
        buffer.putLong(offset + RESERVED_DATA, bytes);
    }

    /** The add-on in {@code slot}: {@code null} when the slot is empty. */
    public UsageUnit addOnUnit(int slot) {
        int kind = buffer.getByte(offset + ADD_ON_KIND + slot);
        return kind == 0 ? null : UNITS[kind - 1];
    }

    /** True when {@code slot} holds an add-on of {@code unit}. Allocation-free. */
    public boolean addOnHolds(int slot, UsageUnit unit) {
        return buffer.getByte(offset + ADD_ON_KIND + slot) == unit.ordinal() + 1;
    }

    public long addOnUnits(int slot) {
        return buffer.getLong(offset + ADD_ON_UNITS + 8 * slot);
    }

    public void addOnUnits(int slot, long units) {
        buffer.putLong(offset + ADD_ON_UNITS + 8 * slot, units);
    }

    public long addOnExpiry(int slot) {
        return buffer.getLong(offset + ADD_ON_EXPIRY + 8 * slot);
    }

    /** Fills {@code slot} with an add-on, or empties it when {@code unit} is null. */
    public void addOn(int slot, UsageUnit unit, long units, long expiry) {
        buffer.putByte(offset + ADD_ON_KIND + slot, (byte) (unit == null ? 0 : unit.ordinal() + 1));
        buffer.putLong(offset + ADD_ON_UNITS + 8 * slot, unit == null ? 0 : units);
        buffer.putLong(offset + ADD_ON_EXPIRY + 8 * slot, unit == null ? 0 : expiry);
    }

    public long bonusPoints() {
        return buffer.getLong(offset + BONUS_POINTS);
    }

    public void bonusPoints(long points) {
        buffer.putLong(offset + BONUS_POINTS, points);
    }

    /** Kopecks spent that have not yet made a whole bonus point. */
    public long bonusSpendCarry() {
        return buffer.getLong(offset + BONUS_SPEND_CARRY);
    }

    public void bonusSpendCarry(long kopecks) {
        buffer.putLong(offset + BONUS_SPEND_CARRY, kopecks);
    }

    /** Kopecks topped up that have not yet made a whole bonus point. */
    public long bonusTopUpCarry() {
        return buffer.getInt(offset + BONUS_TOP_UP_CARRY);
    }

    public void bonusTopUpCarry(long kopecks) {
        buffer.putInt(offset + BONUS_TOP_UP_CARRY, Math.toIntExact(kopecks));
    }

    /** Kopecks of an open promised payment still to repay; 0 when none is open. */
    public long promisedOutstanding() {
        return buffer.getLong(offset + PROMISED_OUTSTANDING);
    }

    public void promisedOutstanding(long kopecks) {
        buffer.putLong(offset + PROMISED_OUTSTANDING, kopecks);
    }

    public long promisedDueAt() {
        return buffer.getLong(offset + PROMISED_DUE_AT);
    }

    public void promisedDueAt(long epochMillis) {
        buffer.putLong(offset + PROMISED_DUE_AT, epochMillis);
    }

    /** Auto top-up: when the balance falls below this many kopecks... (0 when no rule is set). */
    public long autoTopUpThreshold() {
        return buffer.getLong(offset + AUTO_TOP_UP_THRESHOLD);
    }

    /** ...top up this many kopecks. */
    public long autoTopUpAmount() {
        return buffer.getInt(offset + AUTO_TOP_UP_AMOUNT);
    }

    public void autoTopUp(long threshold, long amount) {
        buffer.putLong(offset + AUTO_TOP_UP_THRESHOLD, threshold);
        buffer.putInt(offset + AUTO_TOP_UP_AMOUNT, Math.toIntExact(amount));
    }

    /** The number calls are forwarded to under {@code condition}, or 0. */
    public long forwarding(ForwardingCondition condition) {
        return buffer.getLong(offset + FORWARDING + 8 * condition.ordinal());
    }

    public void forwarding(ForwardingCondition condition, long number) {
        buffer.putLong(offset + FORWARDING + 8 * condition.ordinal(), number);
    }

    /** The favourite number in {@code slot}, or 0. */
    public long favourite(int slot) {
        return buffer.getLong(offset + FAVOURITES + 8 * slot);
    }

    public void favourite(int slot, long number) {
        buffer.putLong(offset + FAVOURITES + 8 * slot, number);
    }

    /** True when {@code number} is one of the favourite numbers. */
    public boolean isFavourite(long number) {
        for (int i = 0; i < FAVOURITE_SLOTS; i++) {
            if (number != 0 && buffer.getLong(offset + FAVOURITES + 8 * i) == number) {
                return true;
            }
        }
        return false;
    }

    /** The family owner's number for a family member; the own number for an owner; 0 outside families. */
    public long familyOwner() {
        return buffer.getLong(offset + FAMILY_OWNER);
    }

    public void familyOwner(long msisdn) {
        buffer.putLong(offset + FAMILY_OWNER, msisdn);
    }

    /** SIMs in the family this account owns, itself included (0 when it owns none). */
    public int familySize() {
        return buffer.getByte(offset + FAMILY_SIZE);
    }

    public void familySize(int sims) {
        buffer.putByte(offset + FAMILY_SIZE, (byte) sims);
    }

    /** True for a member of someone else's family: its bundles are the owner's. */
    public boolean isFamilyMember() {
        long owner = familyOwner();
        return owner != 0 && owner != msisdn();
    }

    /** The number whose bundles this account uses: the family owner for members, else itself. */
    public long bundleHolder() {
        return isFamilyMember() ? familyOwner() : msisdn();
    }

    /** The most call and data sessions one number may have open at once. */
    public static final int MAX_OPEN_SESSIONS = Byte.MAX_VALUE;

    /** Call and data sessions of this number that are reserved and not yet committed or released. */
    public int openSessions() {
        return buffer.getByte(offset + OPEN_SESSIONS);
    }

    public void openSessions(int sessions) {
        buffer.putByte(offset + OPEN_SESSIONS, (byte) sessions);
    }

    /** When a voluntary block started, or 0. */
    public long blockedSince() {
        return buffer.getLong(offset + BLOCKED_SINCE);
    }

    public void blockedSince(long epochMillis) {
        buffer.putLong(offset + BLOCKED_SINCE, epochMillis);
    }

    /** Kopecks sent to other numbers on {@link #transferDay()}. */
    public long transferredToday() {
        return buffer.getInt(offset + TRANSFERRED_TODAY);
    }

    public int transferDay() {
        return buffer.getInt(offset + TRANSFER_DAY);
    }

    public void transferred(int day, long kopecks) {
        buffer.putInt(offset + TRANSFER_DAY, day);
        buffer.putInt(offset + TRANSFERRED_TODAY, Math.toIntExact(kopecks));
    }

    /** Month index of {@link #topUpSum(int) topUpSum(0)}; the sums before it are for the months before. */
    public int topUpMonth() {
        return buffer.getInt(offset + TOP_UP_MONTH);
    }

    public void topUpMonth(int monthIndex) {
        buffer.putInt(offset + TOP_UP_MONTH, monthIndex);
    }

    /** Kopecks topped up {@code monthsBack} months before {@link #topUpMonth()}. */
    public long topUpSum(int monthsBack) {
        return buffer.getInt(offset + TOP_UP_SUMS + 4 * monthsBack);
    }

    public void topUpSum(int monthsBack, long kopecks) {
        // Saturates: only compared with a promised-payment threshold, and a month rarely tops up 21 million roubles.
        buffer.putInt(offset + TOP_UP_SUMS + 4 * monthsBack, (int) Math.min(kopecks, Integer.MAX_VALUE));
    }

    /** Connected services as bits of their catalog indexes. */
    public long services() {
        return buffer.getLong(offset + SERVICES);
    }

    public void services(long mask) {
        buffer.putLong(offset + SERVICES, mask);
    }

    public boolean hasService(int serviceIndex) {
        return (services() & (1L << serviceIndex)) != 0;
    }

    /** The catalog index of the tariff. */
    public int tariff() {
        return buffer.getShort(offset + TARIFF);
    }

    public void tariff(int index) {
        buffer.putShort(offset + TARIFF, (short) index);
    }

    /** The numbering-plan region of the number. */
    public int region() {
        return buffer.getShort(offset + REGION);
    }

    public void region(int region) {
        buffer.putShort(offset + REGION, (short) region);
    }

    /** The last day whose periodic fees were applied. */
    public int lastFeeDay() {
        return buffer.getInt(offset + LAST_FEE_DAY);
    }

    public void lastFeeDay(int day) {
        buffer.putInt(offset + LAST_FEE_DAY, day);
    }

    public AccountStatus status() {
        return AccountStatus.ofCode(buffer.getByte(offset + STATUS));
    }

    /** {@link AccountStatus#ordinal()} without the enum lookup, for the rating loop. */
    public int statusCode() {
        return buffer.getByte(offset + STATUS);
    }

    public void status(AccountStatus status) {
        buffer.putByte(offset + STATUS, (byte) status.ordinal());
    }

    /** Convergent tariffs: the subscriber's home internet is active, so the mobile fee is waived. */
    public boolean homeInternet() {
        return flag(FLAG_HOME_INTERNET);
    }

    public void homeInternet(boolean on) {
        flag(FLAG_HOME_INTERNET, on);
    }

    /** An auto top-up was asked for and has not arrived yet: do not ask again. */
    public boolean autoTopUpPending() {
        return flag(FLAG_AUTO_TOP_UP_PENDING);
    }

    public void autoTopUpPending(boolean on) {
        flag(FLAG_AUTO_TOP_UP_PENDING, on);
    }

    /** The low-balance notice was raised and the balance has not recovered since. */
    public boolean lowBalanceNotified() {
        return flag(FLAG_LOW_BALANCE_NOTIFIED);
    }

    public void lowBalanceNotified(boolean on) {
        flag(FLAG_LOW_BALANCE_NOTIFIED, on);
    }

    /**
     * The billing month began while the number was blocked: its fee was not charged and its bundles
     * not granted. Unblocking charges the rest of the month and grants its bundles.
     */
    public boolean periodUnpaid() {
        return flag(FLAG_PERIOD_UNPAID);
    }

    public void periodUnpaid(boolean on) {
        flag(FLAG_PERIOD_UNPAID, on);
    }

    /** The ICCID of the number's current SIM card (19 digits), or 0 when none was recorded. */
    public long iccid() {
        return buffer.getLong(offset + ICCID);
    }

    public void iccid(long iccid) {
        buffer.putLong(offset + ICCID, iccid);
    }

    /** True when the number has a monthly spending limit; one bit of the hot flags, so rating reads no cold line without one. */
    public boolean hasSpendingLimit() {
        return flag(FLAG_SPENDING_LIMIT);
    }

    /** Kopecks usage may cost in a calendar month; 0 when there is no limit. */
    public long spendingLimit() {
        return hasSpendingLimit() ? buffer.getLong(offset + SPENDING_LIMIT) : 0;
    }

    /** Sets the monthly limit in kopecks; 0 removes it. */
    public void spendingLimit(long kopecks) {
        buffer.putLong(offset + SPENDING_LIMIT, kopecks);
        flag(FLAG_SPENDING_LIMIT, kopecks > 0);
    }

    /** Kopecks usage cost in the month that ends at {@link #spendPeriodEnd()} (counted while a limit is set). */
    public long monthSpend() {
        return buffer.getLong(offset + MONTH_SPEND);
    }

    /** When the month {@link #monthSpend()} counts ends (epoch ms; 0 before anything was counted). */
    public long spendPeriodEnd() {
        return buffer.getLong(offset + SPEND_PERIOD_END);
    }

    /** Sets the month's spend and when that month ends. */
    public void monthSpend(long kopecks, long periodEnd) {
        buffer.putLong(offset + MONTH_SPEND, kopecks);
        buffer.putLong(offset + SPEND_PERIOD_END, periodEnd);
    }

    /**
     * What usage cost in the month of {@code now} under the spending limit: {@link #monthSpend()} while that month
     * lasts, else 0; 0 without a limit (spend is counted only while one is set).
     */
    public long spentInMonthOf(long now) {
        return hasSpendingLimit() && now < spendPeriodEnd() ? monthSpend() : 0;
    }

    /** The spending-limit notice went out in the month that ends at {@link #spendPeriodEnd()}. */
    public boolean spendingLimitNotified() {
        return flag(FLAG_SPENDING_LIMIT_NOTIFIED);
    }

    public void spendingLimitNotified(boolean on) {
        flag(FLAG_SPENDING_LIMIT_NOTIFIED, on);
    }

    private boolean flag(int bit) {
        return (buffer.getByte(offset + FLAGS) & bit) != 0;
    }

    private void flag(int bit, boolean on) {
        int flags = buffer.getByte(offset + FLAGS);
        buffer.putByte(offset + FLAGS, (byte) (on ? flags | bit : flags & ~bit));
    }

    @Override
    public String toString() {
        return "Account{" + msisdn() + ", balance=" + balance() + ", status=" + status() + ", tariff=" + tariff() + '}';
    }
}
