package io.telesim.engine.statement;

import io.telesim.billing.rating.UsageKind;
import io.telesim.billing.result.MovementKind;
import java.util.Arrays;

/**
 * Which kinds of record a query returns: a set of {@link StatementKind} codes as one bit mask, tested
 * in the walk without allocation. Payment history (F3) is {@link #credits()}.
 */
public final class KindFilter {

    /** Every record. */
    public static final KindFilter ALL = new KindFilter(-1L);

    private static final KindFilter USAGE = of(UsageKind.values());
    private static final KindFilter CREDITS = of(Arrays.stream(MovementKind.values())
            .filter(MovementKind::isCredit).toArray(MovementKind[]::new));

    private final long mask;

    private KindFilter(long mask) {
        this.mask = mask;
    }

    /** Calls, SMS, data sessions and USSD requests. */
    public static KindFilter usage() {
        return USAGE;
    }

    /** Money that came onto the balance (top-ups, transfers received, promised payments, ...): payment history. */
    public static KindFilter credits() {
        return CREDITS;
    }

    public static KindFilter of(UsageKind... kinds) {
        long mask = 0;
        for (UsageKind kind : kinds) {
            mask |= bit(StatementKind.of(kind));
        }
        return new KindFilter(mask);
    }

    public static KindFilter of(MovementKind... kinds) {
        long mask = 0;
        for (MovementKind kind : kinds) {
            mask |= bit(StatementKind.of(kind));
        }
        return new KindFilter(mask);
    }

    /** Records that either filter returns. */
    public KindFilter or(KindFilter other) {
        return new KindFilter(mask | other.mask);
    }

    public boolean matches(int kindCode) {
        return (mask & bit(kindCode)) != 0;
    }

    private static long bit(int kindCode) {
        return 1L << kindCode;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof KindFilter && ((KindFilter) other).mask == mask;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(mask);
    }

    @Override
    public String toString() {
        return "KindFilter[" + Long.toBinaryString(mask) + "]";
    }
}
