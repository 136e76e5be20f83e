package io.telesim.billing.catalog;

/**
 * How usage is rounded up for charging: a first interval, then increments, in the usage's unit
 * (seconds for calls, bytes for data). Calls per minute are 60/60 (61 s costs 120 s), "60/1" is
 * 60/1 (61 s costs 61 s), per second is 1/1; data per 100 KB is 102400/102400.
 */
public record Rounding(long first, long increment) {

    public static final Rounding PER_SECOND = new Rounding(1, 1);
    public static final Rounding PER_MINUTE = new Rounding(60, 60);

    public Rounding {
        if (first < 1 || increment < 1) {
            throw new IllegalArgumentException("rounding intervals must be at least 1, got " + first + "/" + increment);
        }
    }

    /** A rounding up to whole multiples of {@code unit}. */
    public static Rounding every(long unit) {
        return new Rounding(unit, unit);
    }

    /** The units that usage of {@code units} is charged for: 0 for no usage. */
    public long charged(long units) {
        return charged(units, first, increment);
    }

    /** {@link #charged(long)} for a rounding held as two numbers (a reservation's locked rounding). */
    public static long charged(long units, long first, long increment) {
        if (units <= 0) {
            return 0;
        }
        if (units <= first) {
            return first;
        }
        if (increment == 1) {
            return units;
        }
        long beyond = units - first;
        return first + (beyond + increment - 1) / increment * increment;
    }

    /** The most usage whose charged units fit in {@code chargeable}: the inverse of {@link #charged}. */
    public long longestWithin(long chargeable) {
        return longestWithin(chargeable, first, increment);
    }

    /** {@link #longestWithin(long)} for a rounding held as two numbers. */
    public static long longestWithin(long chargeable, long first, long increment) {
        if (chargeable < first) {
            return 0;
        }
        return first + (chargeable - first) / increment * increment;
    }

    @Override
    public String toString() {
        return first + "/" + increment;
    }
}
