package io.telesim.smpp.address;

import io.telesim.billing.number.InvalidNumberException;
import io.telesim.billing.number.Msisdn;
import io.telesim.billing.number.PartyNumber;
import io.telesim.smpp.SmppRejection;
import io.telesim.smpp.text.Gsm7;
import org.jsmpp.SMPPConstant;

/**
 * Reads SMPP addresses (type of number, numbering plan indicator, address) into billing-core's
 * numbers, and writes numbers back. Lenient where ESMEs commonly differ (NPI 0 with a full number, NPI 1
 * with an alphanumeric sender), strict about the address itself.
 *
 * <table>
 *   <caption>What each TON accepts</caption>
 *   <tr><th>TON</th><th>NPI</th><th>address</th></tr>
 *   <tr><td>1 international</td><td>1 ISDN (E.164) or 0 unknown</td><td>country code and number, digits only (a leading
 *       {@code +} is tolerated): {@code 79161234567}, {@code 442071234567}</td></tr>
 *   <tr><td>2 national</td><td>1 ISDN, 8 national or 0 unknown</td><td>the 10 digits after +7 ({@code 9161234567}),
 *       or 11 with the trunk prefix 8 ({@code 89161234567})</td></tr>
 *   <tr><td>0 unknown</td><td>0 unknown or 1 ISDN</td><td>anything {@code PartyNumber.parse} reads:
 *       {@code 89161234567}, {@code +79161234567}, {@code 0044...}, short numbers</td></tr>
 *   <tr><td>3 network specific, 4 subscriber number, 6 abbreviated</td><td>0 unknown or 1 ISDN</td><td>a short number of
 *       2 to 6 digits: {@code 3339}, {@code 0611}</td></tr>
 *   <tr><td>5 alphanumeric (source only)</td><td>any (ESMEs send 0 or 1)</td><td>1 to 11 characters of the GSM
 *       alphabet (extension characters take two of the 11): {@code Telesim}</td></tr>
 * </table>
 */
public final class SmppAddresses {

    public static final byte TON_UNKNOWN = 0;
    public static final byte TON_INTERNATIONAL = 1;
    public static final byte TON_NATIONAL = 2;
    public static final byte TON_NETWORK_SPECIFIC = 3;
    public static final byte TON_SUBSCRIBER = 4;
    public static final byte TON_ALPHANUMERIC = 5;
    public static final byte TON_ABBREVIATED = 6;

    public static final byte NPI_UNKNOWN = 0;
    public static final byte NPI_ISDN = 1;
    public static final byte NPI_NATIONAL = 8;

    /** An alphanumeric sender's most septets (TP-OA holds 11 packed). */
    public static final int MAX_ALPHANUMERIC = 11;
    /** source_addr and destination_addr are C-octet strings of at most 21 octets, their NUL included. */
    public static final int MAX_ADDRESS = 20;

    private SmppAddresses() {
    }

    /**
     * The recipient of a submit_sm.
     *
     * @return the number as {@code PartyNumber} encodes it
     * @throws SmppRejection ESME_RINVDSTADR saying what is wrong
     */
    public static long destination(byte ton, byte npi, String address) throws SmppRejection {
        if (ton == TON_ALPHANUMERIC) {
            throw new SmppRejection(SMPPConstant.STAT_ESME_RINVDSTADR,
                    "destination_addr_ton 5 (alphanumeric) cannot be a recipient: send to a number");
        }
        return number(ton, npi, address, "destination_addr", SMPPConstant.STAT_ESME_RINVDSTADR);
    }

    /**
     * The sender of a submit_sm: a number, or an alphanumeric name with party 0.
     *
     * @throws SmppRejection ESME_RINVSRCADR saying what is wrong
     */
    public static SmppSender source(byte ton, byte npi, String address) throws SmppRejection {
        if (ton != TON_ALPHANUMERIC) {
            long party = number(ton, npi, address, "source_addr", SMPPConstant.STAT_ESME_RINVSRCADR);
            return new SmppSender(party, display(party));
        }
        int status = SMPPConstant.STAT_ESME_RINVSRCADR;
        if (address == null || address.isBlank()) {
            throw new SmppRejection(status, "source_addr is empty: an alphanumeric sender needs 1 to " + MAX_ALPHANUMERIC + " characters");
        }
        if (!Gsm7.canEncode(address)) {
            throw new SmppRejection(status, "alphanumeric source_addr '" + address
                    + "' has characters outside the GSM 7-bit alphabet, which a handset cannot show as a sender");
        }
        int septets = Gsm7.septets(address);
        if (septets > MAX_ALPHANUMERIC) {
            throw new SmppRejection(status, "alphanumeric source_addr '" + address + "' is " + septets
                    + " GSM characters long; a sender name has at most " + MAX_ALPHANUMERIC
                    + " (^ { } \\ [ ~ ] | € count two)");
        }
        return new SmppSender(0, address);
    }

    /**
     * A number as the SMSC writes it into source_addr (or destination_addr): digits only,
     * {@code 79160000001}, {@code 442071234567}, {@code 3339}. Send it with {@link #ton} and {@link #npi}.
     *
     * @throws IllegalArgumentException for 0, the party of an alphanumeric sender, which has no number
     */
    public static String display(long party) {
        if (party == 0) {
            throw new IllegalArgumentException("party 0 is an alphanumeric sender: it has a name, not a number");
        }
        return PartyNumber.isShort(party) ? PartyNumber.toString(party) : Long.toString(party);
    }

    /** The TON to write a number with: 1 (international) for full numbers, 6 (abbreviated) for short ones, 5 for 0 (alphanumeric). */
    public static byte ton(long party) {
        if (party == 0) {
            return TON_ALPHANUMERIC;
        }
        return PartyNumber.isShort(party) ? TON_ABBREVIATED : TON_INTERNATIONAL;
    }

    /** The NPI to write a number with: 1 (ISDN/E.164) for full numbers, 0 (unknown) for short numbers and names. */
    public static byte npi(long party) {
        return party > 0 ? NPI_ISDN : NPI_UNKNOWN;
    }

    private static long number(byte ton, byte npi, String address, String field, int status) throws SmppRejection {
        if (address == null || address.isBlank()) {
            throw new SmppRejection(status, field + " is empty");
        }
        if (address.length() > MAX_ADDRESS) {
            throw new SmppRejection(status, field + " '" + address + "' is " + address.length() + " characters; SMPP allows "
                    + MAX_ADDRESS);
        }
        int t = ton & 0xFF;
        int n = npi & 0xFF;
        try {
            switch (t) {
                case TON_INTERNATIONAL:
                    requirePlan(n == NPI_ISDN || n == NPI_UNKNOWN, t, n, "1 (ISDN/E.164) or 0 (unknown)", field, status);
                    return international(address, field, status);
                case TON_NATIONAL:
                    requirePlan(n == NPI_ISDN || n == NPI_NATIONAL || n == NPI_UNKNOWN, t, n, "1 (ISDN/E.164), 8 (national) or 0 (unknown)",
                            field, status);
                    return national(address, field, status);
                case TON_UNKNOWN:
                    requirePlan(n == NPI_UNKNOWN || n == NPI_ISDN, t, n, "0 (unknown) or 1 (ISDN/E.164)", field, status);
                    return PartyNumber.parse(address);
                case TON_NETWORK_SPECIFIC:
                case TON_SUBSCRIBER:
                case TON_ABBREVIATED:
                    requirePlan(n == NPI_UNKNOWN || n == NPI_ISDN, t, n, "0 (unknown) or 1 (ISDN/E.164)", field, status);
                    return shortNumber(t, address, field, status);
                default:
                    throw new SmppRejection(status, field + "_ton " + t + " is not supported: use 1 (international), 2 (national), "
                            + "0 (unknown), or 3 (network specific), 4 (subscriber) or 6 (abbreviated) for short numbers"
                            + (status == SMPPConstant.STAT_ESME_RINVSRCADR ? ", or 5 (alphanumeric)" : ""));
            }
        } catch (InvalidNumberException e) {
            throw new SmppRejection(status, field + " (TON " + t + "): " + e.getMessage());
        }
    }

    private static void requirePlan(boolean allowed, int ton, int npi, String expected, String field, int status)
            throws SmppRejection {
        if (!allowed) {
            throw new SmppRejection(status, field + "_npi " + npi + " does not go with " + field + "_ton " + ton
                    + ": expected NPI " + expected);
        }
    }

    private static long international(String address, String field, int status) throws SmppRejection {
        String digits = digits(address.startsWith("+") ? address.substring(1) : address, field, "an international", status);
        if (digits.charAt(0) == '7') {
            if (digits.length() != 11) {
                throw new SmppRejection(status, field + " '" + address + "' (TON 1, international) starts with country code 7"
                        + " and needs 11 digits, not " + digits.length());
            }
            return Msisdn.parseValue(digits);
        }
        return PartyNumber.parse("+" + digits);
    }

    private static long national(String address, String field, int status) throws SmppRejection {
        String digits = digits(address, field, "a national", status);
        if (digits.length() == 10) {
            return Msisdn.parseValue(digits);
        }
        if (digits.length() == 11 && digits.charAt(0) == '8') {
            return Msisdn.parseValue(digits);
        }
        throw new SmppRejection(status, field + " '" + address + "' (TON 2, national) needs the 10 digits after +7"
                + " (9161234567), or 11 with the trunk prefix 8; got " + digits.length() + " digits");
    }

    private static long shortNumber(int ton, String address, String field, int status) throws SmppRejection {
        String digits = digits(address, field, "a short", status);
        if (digits.length() < PartyNumber.MIN_SHORT_DIGITS || digits.length() > PartyNumber.MAX_SHORT_DIGITS) {
            throw new SmppRejection(status, field + " '" + address + "' (TON " + ton + ") is for short numbers of "
                    + PartyNumber.MIN_SHORT_DIGITS + " to " + PartyNumber.MAX_SHORT_DIGITS + " digits, not " + digits.length());
        }
        return PartyNumber.parse(digits);
    }

    private static String digits(String address, String field, String kind, int status) throws SmppRejection {
        if (address.isEmpty()) {
            throw new SmppRejection(status, field + " has no digits for " + kind + " number");
        }
        for (int i = 0; i < address.length(); i++) {
            char c = address.charAt(i);
            if (c < '0' || c > '9') {
                throw new SmppRejection(status, field + " '" + address + "' is not " + kind + " number: '" + c + "' at "
                        + i + " is not a digit");
            }
        }
        return address;
    }
}
