package io.telesim.engine;

/**
 * Every command the engine applies. Which fields of a {@link Command} each one reads is listed with
 * it; unused fields are ignored. All but {@link #READ} are journaled.
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
