package io.telesim.billing.money;

/**
 * An amount of roubles held as whole kopecks. Used at the edges (catalog, CLI, web); inside the
 * rating loop amounts are plain {@code long} kopecks.
 *
 * @param kopecks the amount in kopecks (1 rouble = 100 kopecks); may be negative for debts
 */
public record Money(long kopecks) implements Comparable<Money> {

    public static final Money ZERO = new Money(0);

    public static Money ofKopecks(long kopecks) {
        return new Money(kopecks);
    }

    public static Money ofRubles(long rubles) {
        return new Money(Math.multiplyExact(rubles, 100L));
    }

    /**
     * Parses an amount in roubles such as {@code 123.45}, {@code 99}, {@code -5,50} or {@code 1 200.00 ₽}.
     * Exact: at most two digits after the decimal point, never rounded.
     *
     * @throws IllegalArgumentException with a message that says what is wrong
     */
    public static Money parse(String text) {
        return new Money(RublesParser.parseKopecks(text));
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(kopecks, other.kopecks));
    }

    public Money minus(Money other) {
        return new Money(Math.subtractExact(kopecks, other.kopecks));
    }

    public boolean isNegative() {
        return kopecks < 0;
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(kopecks, other.kopecks);
    }

    /** {@code 123.45 ₽}, {@code -0.50 ₽}. */
    @Override
    public String toString() {
        return format(kopecks);
    }

    /** Formats kopecks as roubles with two decimals and the rouble sign: {@code 123.45 ₽}. */
    public static String format(long kopecks) {
        return plain(kopecks) + " ₽";
    }

    /** Formats kopecks as a plain decimal without the sign of the currency: {@code 123.45}. */
    public static String plain(long kopecks) {
        long abs = Math.abs(kopecks);
        String sign = kopecks < 0 ? "-" : "";
        long cents = abs % 100;
        return sign + (abs / 100) + (cents < 10 ? ".0" : ".") + cents;
    }
}
