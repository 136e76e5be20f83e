package io.telesim.scenarios.check;

import io.telesim.billing.result.MovementKind;
import io.telesim.engine.statement.StatementRecord;

/**
 * Money in the statements, by what moved it, in kopecks: opening balances, top-ups (top-ups, transfers received,
 * promised credits), charges for usage, and fees (every other debit: tariff and service fees, promised payment fees and
 * repayments, transfers sent, add-ons). Opening + top-ups - charges - fees is the balance the statements account for.
 */
public final class MoneyTotals {

    private long opening;
    private long topUps;
    private long charges;
    private long fees;

    void add(StatementRecord record) {
        long money = record.money();
        MovementKind movement = record.movementKind();
        if (movement == null || movement == MovementKind.USAGE_CHARGE) {
            charges -= money;
        } else if (movement == MovementKind.OPENING_BALANCE) {
            opening += money;
        } else if (movement.isCredit()) {
            topUps += money;
        } else {
            fees -= money;
        }
    }

    void add(MoneyTotals other) {
        opening += other.opening;
        topUps += other.topUps;
        charges += other.charges;
        fees += other.fees;
    }

    void clear() {
        opening = 0;
        topUps = 0;
        charges = 0;
        fees = 0;
    }

    public long opening() {
        return opening;
    }

    public long topUps() {
        return topUps;
    }

    public long charges() {
        return charges;
    }

    public long fees() {
        return fees;
    }

    /** What the statements say the balance is. */
    public long closing() {
        return opening + topUps - charges - fees;
    }
}
