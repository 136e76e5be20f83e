package io.telesim.billing.result;

/**
 * A reason money moves on a balance. Every change of a balance is exactly one movement of one of
 * these kinds, so statements (F7) can show every kopeck and totals reconcile:
 * opening + top-ups + transfers in + promised credits - transfers out - charges - fees - promised repayments = closing.
 * The account events at the end move no money; they mark a statement's SIM change, number change and end.
 * A movement's item ({@link io.telesim.billing.result.OperationResult#movementItem}) is a catalog index of
 * the kind {@link #item()} names.
 */
public enum MovementKind {
    /** The balance a number starts with when it is provisioned. */
    OPENING_BALANCE(true, "opening balance", Item.NONE),
    TOP_UP(true, "top-up", Item.NONE),
    TRANSFER_IN(true, "transfer received", Item.NONE),
    PROMISED_CREDIT(true, "promised payment", Item.NONE),
    USAGE_CHARGE(false, "usage", Item.NONE),
    ADD_ON_PURCHASE(false, "add-on bundle", Item.ADD_ON),
    /** A tariff's daily or monthly fee (for a family owner, with the fee per member). */
    TARIFF_FEE(false, "tariff fee", Item.TARIFF),
    /** A service's daily or monthly fee. */
    SERVICE_FEE(false, "service fee", Item.SERVICE),
    /** Charged once on connecting a service. */
    CONNECTION_FEE(false, "service connection fee", Item.SERVICE),
    /** Charged once on moving to a tariff. */
    SWITCH_FEE(false, "tariff switch fee", Item.TARIFF),
    TRANSFER_FEE(false, "transfer fee", Item.NONE),
    PROMISED_PAYMENT_FEE(false, "promised payment fee", Item.NONE),
    BLOCK_FEE(false, "voluntary block fee", Item.NONE),
    TRANSFER_OUT(false, "transfer sent", Item.NONE),
    PROMISED_REPAYMENT(false, "promised payment repaid", Item.NONE),
    // Account events: statement lines that move no money (amount 0, with the balance at the time); an
    // OperationResult never holds them.
    /** The number moved to a new SIM card. */
    SIM_REPLACEMENT(false, "SIM card replaced", Item.NONE),
    /** On the new number of a number replacement, the party being the old number: the history before is the old number's. */
    NUMBER_REPLACED_FROM(false, "number changed from", Item.NONE),
    /** On the old number of a number replacement, the party being the new number: its last line. */
    NUMBER_REPLACED_TO(false, "number changed to", Item.NONE),
    /** The contract ended: the last line, with the balance at termination. */
    TERMINATION(false, "contract terminated", Item.NONE);

    /** What a movement's item index refers to. */
    public enum Item { NONE, TARIFF, SERVICE, ADD_ON }

    private static final MovementKind[] VALUES = values();

    private final boolean credit;
    private final String label;
    private final Item item;

    MovementKind(boolean credit, String label, Item item) {
        this.credit = credit;
        this.label = label;
        this.item = item;
    }

    /** What this kind's item index refers to in the catalog. */
    public Item item() {
        return item;
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
