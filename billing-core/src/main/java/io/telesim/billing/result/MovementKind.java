package io.telesim.billing.result;

/**
 * A reason money moves on a balance. Every change of a balance is exactly one movement of one of
 * these kinds, so statements (F7) can show every kopeck and totals reconcile:
 * opening + top-ups + transfers in + promised credits - transfers out - charges - fees - promised repayments = closing.
 */
public enum MovementKind {
    /** The balance a number starts with when it is provisioned. */
    OPENING_BALANCE(true, "opening balance"),
    TOP_UP(true, "top-up"),
    TRANSFER_IN(true, "transfer received"),
    PROMISED_CREDIT(true, "promised payment"),
    USAGE_CHARGE(false, "usage"),
    ADD_ON_PURCHASE(false, "add-on bundle"),
    TARIFF_FEE(false, "tariff fee"),
    SERVICE_FEE(false, "service fee"),
    /** Connection, tariff switch, transfer and promised-payment fees. */
    ONE_OFF_FEE(false, "one-off fee"),
    BLOCK_FEE(false, "voluntary block fee"),
    TRANSFER_OUT(false, "transfer sent"),
    PROMISED_REPAYMENT(false, "promised payment repaid");

    private static final MovementKind[] VALUES = values();

    private final boolean credit;
    private final String label;

    MovementKind(boolean credit, String label) {
        this.credit = credit;
        this.label = label;
    }

    /** True when money comes onto the balance. */
    public boolean isCredit() {
        return credit;
    }

    public String label() {
        return label;
    }

    /** The movement's effect on the balance: {@code +amount} for credits, {@code -amount} for debits. */
    public long signed(long amount) {
        return credit ? amount : -amount;
    }

    public static MovementKind ofOrdinal(int ordinal) {
        return VALUES[ordinal];
    }
}
