package io.telesim.billing.result;

/**
 * Bits of {@link OperationResult#notices()}: things the subscriber should be told (by SMS) or the
 * engine should act on. Raised once per crossing, not on every charge.
 */
public final class Notices {

    /** The balance fell below the low-balance threshold. */
    public static final int LOW_BALANCE = 1;
    /** The voice bundle (tariff and add-ons) ran out. */
    public static final int VOICE_BUNDLE_EXHAUSTED = 1 << 1;
    public static final int SMS_BUNDLE_EXHAUSTED = 1 << 2;
    public static final int DATA_BUNDLE_EXHAUSTED = 1 << 3;
    /** The auto top-up rule fired: top up {@code autoTopUpAmount} from the subscriber's card. */
    public static final int AUTO_TOP_UP_DUE = 1 << 4;
    /** The number was blocked for debt. */
    public static final int BLOCKED_FOR_DEBT = 1 << 5;
    /** The number was blocked for inactivity. */
    public static final int BLOCKED_FOR_INACTIVITY = 1 << 6;
    /** A debt or inactivity block was lifted. */
    public static final int UNBLOCKED = 1 << 7;
    /** A promised payment was debited on its due date. */
    public static final int PROMISED_PAYMENT_COLLECTED = 1 << 8;
    /** The number's monthly spending limit was reached: paid usage stops until the next month (once a month). */
    public static final int SPENDING_LIMIT_REACHED = 1 << 9;

    private Notices() {
    }

    public static boolean has(int notices, int bit) {
        return (notices & bit) != 0;
    }
}
