package io.telesim.billing.result;

/**
 * What an operation did. Every refusal says why in words a subscriber understands; a refused
 * operation leaves every account exactly as it was.
 */
public enum Outcome {
    OK("done"),
    /** A periodic operation found nothing due (already applied for the day). */
    NOTHING_DUE("nothing due"),

    UNKNOWN_SUBSCRIBER("the number is not a subscriber of this network"),
    ALREADY_PROVISIONED("the number is already a subscriber"),
    BLOCKED("the number is blocked"),
    TERMINATED("the number is terminated"),
    INSUFFICIENT_FUNDS("not enough money on the balance"),
    BARRED_DESTINATION("the tariff does not allow this destination"),
    INVALID_AMOUNT("the amount is outside the allowed limits"),
    INVALID_NUMBER("the number is not valid here"),

    UNKNOWN_TARIFF("no such tariff"),
    SAME_TARIFF("this tariff is already active"),
    UNKNOWN_SERVICE("no such service"),
    SERVICE_ALREADY_CONNECTED("the service is already connected"),
    SERVICE_NOT_CONNECTED("the service is not connected"),
    SERVICE_INCOMPATIBLE("the service cannot be connected together with one already connected"),
    UNKNOWN_ADD_ON("no such add-on bundle"),
    ADD_ON_SLOTS_FULL("too many add-on bundles are active; wait until one is used up or expires"),

    PROMISED_PAYMENT_OPEN("a promised payment is already open"),
    PROMISED_PAYMENT_ACCOUNT_TOO_NEW("the number is too new for a promised payment"),
    PROMISED_PAYMENT_TOO_FEW_TOP_UPS("too few top-ups in the last three months for a promised payment"),
    PROMISED_PAYMENT_BALANCE_TOO_LOW("the debt is too large for a promised payment"),
    PROMISED_PAYMENT_NOT_OPEN("no promised payment is open"),

    TRANSFER_TO_SELF("money cannot be transferred to the same number"),
    TRANSFER_DAILY_LIMIT("the daily transfer limit would be exceeded"),
    TRANSFER_REMAINING_BALANCE("too little would remain on the balance after the transfer"),
    RECIPIENT_UNAVAILABLE("the recipient cannot receive the transfer"),

    ALREADY_BLOCKED("the number is already blocked"),
    NOT_BLOCKED("the number is not blocked at the subscriber's request"),
    INVALID_FORWARDING("calls cannot be forwarded to that number"),
    FAVOURITES_FULL("all favourite-number slots are taken"),

    NOT_ENOUGH_POINTS("not enough bonus points"),
    UNKNOWN_REWARD("no such bonus reward"),
    GIFT_UNKNOWN_CODE("no gift has this code"),
    GIFT_ALREADY_CLAIMED("the gift has already been claimed"),
    GIFT_EXPIRED("the gift code has expired"),
    GIFT_WRONG_RECIPIENT("the gift is for another number"),

    NOT_FAMILY_TARIFF("the owner is not on a family tariff"),
    FAMILY_FULL("the family already has the most SIMs its tariff allows"),
    ALREADY_IN_FAMILY("the number is already in a family"),
    NOT_IN_FAMILY("the number is not a member of this family"),
    FAMILY_HAS_MEMBERS("the family still has members; remove them first"),
    FAMILY_MEMBER("a family member's tariff is set by the family owner"),
    NOT_CONVERGENT_TARIFF("the tariff is not a convergent tariff"),
    SESSIONS_OPEN("calls or data sessions are in progress; try again when they end"),

    RESERVATION_UNKNOWN("no such open session"),
    RESERVATION_EXISTS("a session with this id is already open"),
    RESERVATIONS_FULL("too many open sessions"),

    SPENDING_LIMIT_REACHED("the number's monthly spending limit is reached"),
    INVALID_ICCID("the SIM card number is not valid: an ICCID has 19 digits, starts with 89 and ends with a correct check digit"),
    ICCID_IN_USE("the SIM card is already in use by a number"),
    SAME_SIM("this SIM card is already the number's SIM card"),
    IN_FAMILY("the number is in a family; remove it from the family first"),
    GIFTS_OPEN("bonus points this number gave as a gift are not claimed yet; wait until the gift is claimed or expires"),
    /** The engine could not apply the command (a defect, logged with the command); nothing changed. */
    ENGINE_ERROR("the command could not be applied");

    private static final Outcome[] VALUES = values();

    private final String reason;

    Outcome(String reason) {
        this.reason = reason;
    }

    /** What happened, in words; for refusals, why. */
    public String reason() {
        return reason;
    }

    /** True for {@link #OK} and {@link #NOTHING_DUE}. */
    public boolean isSuccess() {
        return this == OK || this == NOTHING_DUE;
    }

    public static Outcome ofOrdinal(int ordinal) {
        return VALUES[ordinal];
    }
}
