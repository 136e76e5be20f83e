package io.telesim.billing;

import io.telesim.billing.result.MovementKind;
import io.telesim.billing.result.OperationResult;

/** Reads the money movements of an {@link OperationResult}. */
public final class Movements {

    private Movements() {
    }

    /** Kopecks moved by {@code kind} in {@code result}, on any account. */
    public static long amountOf(OperationResult result, MovementKind kind) {
        long sum = 0;
        for (int i = 0; i < result.movementCount(); i++) {
            if (result.movementKind(i) == kind) {
                sum += result.movementAmount(i);
            }
        }
        return sum;
    }

    /** Kopecks moved by {@code kind} on {@code account}. */
    public static long amountOf(OperationResult result, long account, MovementKind kind) {
        long sum = 0;
        for (int i = 0; i < result.movementCount(); i++) {
            if (result.movementKind(i) == kind && result.movementAccount(i) == account) {
                sum += result.movementAmount(i);
            }
        }
        return sum;
    }

    /** Kopecks moved by {@code kind} for catalog item {@code item} (a tariff, service or add-on index). */
    public static long amountOf(OperationResult result, MovementKind kind, int item) {
        long sum = 0;
        for (int i = 0; i < result.movementCount(); i++) {
            if (result.movementKind(i) == kind && result.movementItem(i) == item) {
                sum += result.movementAmount(i);
            }
        }
        return sum;
    }
}
