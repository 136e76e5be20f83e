package io.telesim.billing.number;

/**
 * A Russian mobile number in its 11-digit international form, {@code 7XXXXXXXXXX}: the login
 * and the key of every account.
 *
 * <p>{@link #parse} accepts what people type: {@code +7 916 000-00-01}, {@code 8 (916) 000 00 01},
 * {@code 79160000001}, or the 10 digits after the country code.
 *
 * @param value the 11 digits as a number, always between 70000000000 and 79999999999
 */
public record Msisdn(long value) implements Comparable<Msisdn> {

    public static final long MIN = 70_000_000_000L;
    public static final long MAX = 79_999_999_999L;

    public Msisdn {
        if (!isValid(value)) {
            throw new InvalidNumberException(value + " is not an 11-digit Russian number starting with 7");
        }
    }

    public static boolean isValid(long value) {
        return value >= MIN && value <= MAX;
    }

    /**
     * Normalises a number as typed into its 11-digit form.
     *
     * @throws InvalidNumberException saying what is wrong with the text
     */
    public static Msisdn parse(String text) {
        return new Msisdn(parseValue(text));
    }

    /** As {@link #parse} but returns the bare value, for callers that keep numbers as {@code long}. */
    public static long parseValue(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidNumberException("a phone number is required, e.g. +7 916 000-00-01");
        }
        String digits = NumberText.digitsOf(text);
        boolean plus = text.strip().startsWith("+");
        if (plus && !digits.startsWith("7")) {
            throw new InvalidNumberException("'" + text + "' is not a Russian number: it must start with +7");
        }
        if (digits.length() == 11 && (digits.charAt(0) == '7' || digits.charAt(0) == '8') && !(plus && digits.charAt(0) == '8')) {
            return 70_000_000_000L + Long.parseLong(digits.substring(1));
        }
        if (digits.length() == 10 && !plus) {
            return 70_000_000_000L + Long.parseLong(digits);
        }
        throw new InvalidNumberException("'" + text + "' is not a Russian number: expected 11 digits starting with +7, 7 or 8"
                + " (got " + digits.length() + " digits)");
    }

    /** {@code +7 916 000-00-01}. */
    public String formatted() {
        String d = Long.toString(value);
        return "+7 " + d.substring(1, 4) + " " + d.substring(4, 7) + "-" + d.substring(7, 9) + "-" + d.substring(9, 11);
    }

    @Override
    public int compareTo(Msisdn other) {
        return Long.compare(value, other.value);
    }

    /** {@code 79160000001}. */
    @Override
    public String toString() {
        return Long.toString(value);
    }
}
