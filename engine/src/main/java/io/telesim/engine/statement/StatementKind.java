package io.telesim.engine.statement;

import io.telesim.billing.rating.UsageKind;
import io.telesim.billing.result.MovementKind;

/**
 * What a statement record is, as one small code: a usage ({@link UsageKind}) or a money movement
 * ({@link MovementKind}). Codes fit in six bits so a record keeps its kind in one byte and a
 * {@link KindFilter} is one {@code long} mask.
 */
public final class StatementKind {

    /** Usage codes are the {@link UsageKind} ordinals, below this. */
    static final int FIRST_MOVEMENT = 16;
    /** Codes are below this: six bits. */
    static final int LIMIT = 64;

    static {
        if (UsageKind.values().length > FIRST_MOVEMENT || FIRST_MOVEMENT + MovementKind.values().length > LIMIT) {
            throw new ExceptionInInitializerError("statement kind codes no longer fit in six bits");
        }
    }

    private StatementKind() {
    }

    public static int of(UsageKind kind) {
        return kind.ordinal();
    }

    public static int of(MovementKind kind) {
        return FIRST_MOVEMENT + kind.ordinal();
    }

    public static boolean isUsage(int code) {
        return code < FIRST_MOVEMENT;
    }

    /** The usage a code stands for, or null when it stands for a money movement. */
    public static UsageKind usageKind(int code) {
        return isUsage(code) ? UsageKind.ofOrdinal(code) : null;
    }

    /** The money movement a code stands for, or null when it stands for a usage. */
    public static MovementKind movementKind(int code) {
        return isUsage(code) ? null : MovementKind.ofOrdinal(code - FIRST_MOVEMENT);
    }

    /** What a person reads in a statement: {@code call}, {@code SMS}, {@code top-up}, ... */
    public static String label(int code) {
        return isUsage(code) ? usageKind(code).label() : movementKind(code).label();
    }
}
