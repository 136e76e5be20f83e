package io.telesim.scenarios.check;

import io.telesim.billing.rating.UsageKind;
import io.telesim.billing.result.MovementKind;
import io.telesim.engine.statement.StatementRecord;

/** What an event acknowledged to the runner must have left in the statement store: one record of this kind. */
public enum AckKind {
    VOICE(UsageKind.VOICE, null),
    DATA(UsageKind.DATA, null),
    SMS(UsageKind.SMS, null),
    TOP_UP(null, MovementKind.TOP_UP),
    PROMISED_PAYMENT(null, MovementKind.PROMISED_CREDIT);

    private final UsageKind usage;
    private final MovementKind movement;

    AckKind(UsageKind usage, MovementKind movement) {
        this.usage = usage;
        this.movement = movement;
    }

    /** True when {@code record} is the record an event of this kind leaves. */
    public boolean matches(StatementRecord record) {
        return usage != null ? record.usageKind() == usage : record.movementKind() == movement;
    }

    private static final AckKind[] VALUES = values();

    static AckKind ofOrdinal(int ordinal) {
        return VALUES[ordinal];
    }
}
