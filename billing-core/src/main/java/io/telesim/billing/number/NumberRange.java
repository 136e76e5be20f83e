package io.telesim.billing.number;

/**
 * A block of 11-digit {@code +7} numbers, both ends included, held by one operator in one region.
 *
 * @param kind     ours, another Russian operator's, or abroad (the {@code +7 6xx}/{@code 7xx} blocks of Kazakhstan)
 * @param region   the region id, or {@link Region#UNKNOWN} for blocks abroad
 */
public record NumberRange(long from, long to, String operator, Kind kind, int region) {

    /** Who holds a block of numbers. */
    public enum Kind { OUR_NETWORK, OTHER_OPERATOR, ABROAD }

    public NumberRange {
        if (!Msisdn.isValid(from) || !Msisdn.isValid(to)) {
            throw new IllegalArgumentException("a range must hold 11-digit numbers starting with 7, got " + from + ".." + to);
        }
        if (from > to) {
            throw new IllegalArgumentException("a range must start before it ends, got " + from + ".." + to);
        }
        if (operator == null || operator.isBlank()) {
            throw new IllegalArgumentException("a range needs an operator");
        }
        if (kind == null) {
            throw new IllegalArgumentException("a range needs a kind");
        }
    }

    public boolean contains(long number) {
        return number >= from && number <= to;
    }
}
