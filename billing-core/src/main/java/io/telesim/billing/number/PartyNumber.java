package io.telesim.billing.number;

/**
 * The other party of a call or message as one {@code long}, so the rating loop needs no strings.
 *
 * <ul>
 *   <li>Full numbers are their international digits (E.164 without the {@code +}):
 *       {@code 79160000001}, {@code 442071234567}. Always positive.</li>
 *   <li>Short numbers (2 to 6 digits, e.g. {@code 100}, {@code 0611}, {@code 3339}) are
 *       negative: {@code -(10^length + digits)}, which keeps leading zeros apart
 *       ({@code 0611} and {@code 611} differ).</li>
 * </ul>
 */
public final class PartyNumber {

    public static final int MIN_SHORT_DIGITS = 2;
    public static final int MAX_SHORT_DIGITS = 6;
    private static final int MIN_INTERNATIONAL_DIGITS = 8;
    private static final int MAX_INTERNATIONAL_DIGITS = 15;

    private PartyNumber() {
    }

    /**
     * Encodes a number as typed: a Russian number in any form {@link Msisdn#parse} accepts, an
     * international number with {@code +}, {@code 00} or {@code 810} before the country code, or
     * a short number.
     *
     * @throws InvalidNumberException saying what is wrong
     */
    public static long parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidNumberException("a phone number is required");
        }
        String trimmed = text.strip();
        String digits = NumberText.digitsOf(trimmed);
        boolean plus = trimmed.startsWith("+");
        if (!plus && digits.length() >= MIN_SHORT_DIGITS && digits.length() <= MAX_SHORT_DIGITS) {
            return shortNumber(digits);
        }
        if (!plus && digits.startsWith("810")) {
            return international(text, digits.substring(3));
        }
        if (!plus && digits.startsWith("00")) {
            return international(text, digits.substring(2));
        }
        if (plus && !digits.startsWith("7")) {
            return international(text, digits);
        }
        return Msisdn.parseValue(trimmed);
    }

    public static boolean isShort(long party) {
        return party < 0;
    }

    /** True for an 11-digit number in the +7 zone (Russia and Kazakhstan share it). */
    public static boolean isZoneSeven(long party) {
        return party >= Msisdn.MIN && party <= Msisdn.MAX;
    }

    /** The number as it is dialled: {@code 79160000001}, {@code +442071234567} or {@code 0611}. */
    public static String toString(long party) {
        if (party < 0) {
            String withMarker = Long.toString(-party);
            return withMarker.substring(1);
        }
        return isZoneSeven(party) ? Long.toString(party) : "+" + party;
    }

    private static long shortNumber(String digits) {
        long marker = 1;
        for (int i = 0; i < digits.length(); i++) {
            marker *= 10;
        }
        return -(marker + Long.parseLong(digits));
    }

    private static long international(String text, String digits) {
        if (digits.length() < MIN_INTERNATIONAL_DIGITS || digits.length() > MAX_INTERNATIONAL_DIGITS) {
            throw new InvalidNumberException("'" + text + "' is not an international number: expected "
                    + MIN_INTERNATIONAL_DIGITS + " to " + MAX_INTERNATIONAL_DIGITS + " digits after the country code prefix");
        }
        if (digits.charAt(0) == '0') {
            throw new InvalidNumberException("'" + text + "' is not an international number: a country code never starts with 0");
        }
        if (digits.charAt(0) == '7') {
            return Msisdn.parseValue("+" + digits);
        }
        return Long.parseLong(digits);
    }
}
