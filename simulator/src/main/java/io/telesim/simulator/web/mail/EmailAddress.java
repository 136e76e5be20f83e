package io.telesim.simulator.web.mail;

import java.util.regex.Pattern;

/**
 * Whether text is an e-mail address people use: {@code local@domain.tld}, at most 254 characters, the local
 * part of letters, digits and {@code .!#$%&'*+/=?^_`{|}~-} without leading, trailing or double dots, and a
 * domain of at least two labels ending in letters. Quoted local parts and IP-address domains are not
 * accepted; nor is anything with spaces or line breaks, which could forge mail headers.
 */
public final class EmailAddress {

    private static final int MAX_LENGTH = 254;
    private static final int MAX_LOCAL = 64;
    private static final Pattern LOCAL = Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*");
    private static final Pattern DOMAIN = Pattern.compile("([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}");

    private EmailAddress() {
    }

    /** Why {@code address} is not an e-mail address, or null when it is one. */
    public static String problem(String address) {
        if (address == null || address.isEmpty()) {
            return "an e-mail address is needed";
        }
        if (address.length() > MAX_LENGTH) {
            return "an e-mail address has at most " + MAX_LENGTH + " characters";
        }
        int at = address.lastIndexOf('@');
        if (at < 0 || address.indexOf('@') != at) {
            return "'" + printable(address) + "' is not an e-mail address: it needs exactly one @";
        }
        String local = address.substring(0, at);
        String domain = address.substring(at + 1);
        if (local.isEmpty() || local.length() > MAX_LOCAL || !LOCAL.matcher(local).matches()) {
            return "'" + printable(address) + "' is not an e-mail address: the part before @ is not valid";
        }
        if (!DOMAIN.matcher(domain).matches()) {
            return "'" + printable(address) + "' is not an e-mail address: the domain after @ is not valid";
        }
        return null;
    }

    /** The address as people type it, trimmed; null stays null. */
    public static String normalise(String address) {
        return address == null ? null : address.strip();
    }

    private static String printable(String text) {
        return text.replaceAll("\\p{Cntrl}", "?");
    }
}
