package io.telesim.engine;

/**
 * Every command the engine applies. Which fields of a {@link Command} each one reads is listed with
 * it; unused fields are ignored. All but {@link #READ} and {@link #QUERY} are journaled. The journal
 * keeps each command's ordinal: add new commands before {@link #READ}, never between journaled ones.
 */
public enum CommandType {
    /** msisdn, item = tariff index, amount = opening balance, amount2 = credit limit (kopecks). */
    PROVISION,
    /** msisdn, amount = kopecks. */
    TOP_UP,
    /** msisdn, amount = threshold, amount2 = top-up amount (kopecks). */
    SET_AUTO_TOP_UP,
    CLEAR_AUTO_TOP_UP,
    /** msisdn, amount = kopecks. */
    PROMISED_PAYMENT,
    /** msisdn = sender, other = recipient, amount = kopecks. */
    TRANSFER,
    /** msisdn, item = tariff index. */
    CHANGE_TARIFF,
    /** msisdn, item = service index. */
    CONNECT_SERVICE,
    DISCONNECT_SERVICE,
    /** msisdn, other = the favourite number. */
    ADD_FAVOURITE,
    REMOVE_FAVOURITE,
    /** msisdn, item = add-on index. */
    BUY_ADD_ON,
    BLOCK,
    UNBLOCK,
    /** msisdn, item = forwarding condition ordinal, other = target number. */
    SET_FORWARDING,
    /** msisdn, item = forwarding condition ordinal. */
    CLEAR_FORWARDING,
    /** msisdn = owner, other = member. */
    ADD_FAMILY_MEMBER,
    REMOVE_FAMILY_MEMBER,
    /** msisdn, amount = 1 for on, 0 for off. */
    SET_HOME_INTERNET,
    /** msisdn, item = bonus reward index. */
    REDEEM_BONUS,
    /** msisdn = giver, other = recipient, amount = points. */
    GIFT_BONUS,
    /** msisdn = recipient, amount = the claim code. */
    CLAIM_GIFT,
    /** msisdn, other = destination (a PartyNumber), amount = segments. */
    CHARGE_SMS,
    /** msisdn. */
    CHARGE_USSD,
    /** An ended call or data session (a call detail record): msisdn, item = UsageKind ordinal, other = destination, amount = seconds or bytes. */
    CHARGE_SESSION,
    /** msisdn, sessionId, item = UsageKind ordinal, other = destination, amount = requested units. */
    RESERVE,
    /** msisdn, sessionId, amount = used so far, amount2 = more requested. */
    UPDATE,
    /** msisdn, sessionId, amount = total used. */
    COMMIT,
    /** msisdn, sessionId. */
    RELEASE,
    /**
     * The daily cycle for up to amount accounts with numbers above other (0 for the first), in number
     * order. The reply's msisdn is the last account done and its used units how many were done.
     */
    DAILY_SWEEP,
    /** msisdn = the giver, amount = the claim code: returns an expired, unclaimed gift's points. */
    EXPIRE_GIFT,
    /**
     * msisdn, amount = the monthly spending limit in kopecks, 0 to remove it. Usage money (calls, SMS, data,
     * USSD) counts towards the calendar month's spend from when a limit is set; a one-shot charge over the
     * limit is refused with {@code SPENDING_LIMIT_REACHED}, a session is granted only what is left under it.
     * Read back with {@code AccountRecord.spendingLimit()} and {@code spentInMonthOf(now)}.
     */
    SET_SPENDING_LIMIT,
    /**
     * msisdn, amount = the credit limit in kopecks (at least 0): how far below zero the balance may go. Applies at
     * once: lowered below the debt it blocks the number for debt, raised above it lifts a debt block.
     */
    SET_CREDIT_LIMIT,
    /**
     * msisdn, amount = the new SIM card's ICCID (19 digits, starting 89, Luhn check digit). Refused with
     * {@code INVALID_ICCID}, {@code SAME_SIM} or {@code ICCID_IN_USE}; the old card stops working.
     */
    REPLACE_SIM,
    /**
     * msisdn = the old number, other = the new number (of this network, not a subscriber). The whole account
     * moves; the old number stops being a subscriber; the new number's statement continues the old one's.
     * Refused with {@code SESSIONS_OPEN}, {@code GIFTS_OPEN}, {@code IN_FAMILY}, {@code FAMILY_HAS_MEMBERS},
     * {@code INVALID_NUMBER}, {@code ALREADY_PROVISIONED}. The reply's balance, status and bundles are the new number's
     * (its msisdn stays the command's).
     */
    REPLACE_NUMBER,
    /**
     * msisdn: ends the contract and removes the account, with a last statement line of the balance at
     * termination (the reply has that balance and the status TERMINATED). Refused with {@code SESSIONS_OPEN},
     * {@code GIFTS_OPEN}, {@code IN_FAMILY} or {@code FAMILY_HAS_MEMBERS}.
     */
    TERMINATE,
    /** msisdn: the account as it is now; changes nothing and is not journaled. */
    READ,
    /** Runs a read-only {@link io.telesim.engine.StateQuery} on the engine's thread, in order; not journaled. */
    QUERY;

    private static final CommandType[] VALUES = values();

    public static CommandType ofOrdinal(int ordinal) {
        return VALUES[ordinal];
    }

    /** True when the command changes state and so is journaled and replayed. */
    public boolean isJournaled() {
        return this != READ && this != QUERY;
    }
}
