package io.telesim.billing.account;

/**
 * SIM card numbers (ICCID, ITU-T E.118) as {@code long}s: 19 digits, starting with {@code 89}
 * (telecommunications), ending with a Luhn check digit over the 18 digits before it.
 *
 * <p>Provisioning gives each number a default ICCID derived from it:
 * <pre>
 *   89 7 010 NNNNNNNNNN SS C
 *   |  | |   |          |  +- Luhn check digit
 *   |  | |   |          +---- serial, 00 for the number's first SIM
 *   |  | |   +--------------- the 10 digits of the number after its country code 7
 *   |  | +------------------- issuer: Telesim
 *   |  +--------------------- country code 7
 *   +------------------------ telecommunications
 * </pre>
 * The digits of the number make it unique per number; a later serial serves a number whose default SIM
 * went with another account (a number given up in a number replacement and connected again).
 */
public final class Iccid {

    /** The smallest 19-digit ICCID starting 89. */
    public static final long MIN = 8_900_000_000_000_000_000L;
    /** The largest 19-digit ICCID starting 89. */
    public static final long MAX = 8_999_999_999_999_999_999L;
    /** The serials a default ICCID may have. */
    public static final int SERIALS = 100;

    /** The 18 digits before the check digit of a default ICCID with number digits and serial zero. */
    private static final long DEFAULT_PREFIX = 897_010_000_000_000_000L;
    private static final long NATIONAL_DIGITS = 10_000_000_000L;

    private Iccid() {
    }

    /** True for 19 digits starting 89 with a correct Luhn check digit. */
    public static boolean isValid(long iccid) {
        return iccid >= MIN && iccid <= MAX && checkDigit(iccid / 10) == iccid % 10;
    }

    /**
     * The ICCID as people type it (spaces and dashes allowed).
     *
     * @throws IllegalArgumentException unless it is 19 digits from 89 ending with its Luhn check digit
     */
    public static long parse(String text) {
        String digits = text == null ? "" : text.replaceAll("[\\s-]", "");
        if (!digits.matches("[0-9]{19}") || !isValid(Long.parseLong(digits))) {
            throw new IllegalArgumentException("an ICCID is 19 digits starting 89 and ending with its Luhn check digit, got '" + text + "'");
        }
        return Long.parseLong(digits);
    }

    /** The default ICCID of {@code msisdn} (an 11-digit number starting 7) with {@code serial} 0..99. */
    public static long defaultOf(long msisdn, int serial) {
        if (serial < 0 || serial >= SERIALS) {
            throw new IllegalArgumentException("a default ICCID's serial is 0.." + (SERIALS - 1) + ": " + serial);
        }
        long body = DEFAULT_PREFIX + (msisdn % NATIONAL_DIGITS) * SERIALS + serial;
        return body * 10 + checkDigit(body);
    }

    /** The number a default-form ICCID was derived from, or 0 when {@code iccid} is not of the default form. */
    public static long numberOf(long iccid) {
        long body = iccid / 10;
        long national = (body - DEFAULT_PREFIX) / SERIALS;
        if (!isValid(iccid) || body < DEFAULT_PREFIX || national >= NATIONAL_DIGITS) {
            return 0;
        }
        return 70_000_000_000L + national;
    }

    /** The Luhn check digit of {@code body} (the digits before the check digit). */
    public static long checkDigit(long body) {
        int sum = 0;
        boolean twice = true; // the digit next to the check digit is doubled
        for (long rest = body; rest > 0; rest /= 10) {
            int digit = (int) (rest % 10);
            if (twice) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            twice = !twice;
        }
        return (10 - sum % 10) % 10;
    }
}
