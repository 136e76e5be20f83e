package io.telesim.ussd.session;

import java.util.BitSet;

/**
 * How many septets a text takes in the GSM 03.38 default alphabet, where the characters of its
 * extension table take two (escape and code). USSD screens are sized by it.
 */
final class Gsm7Septets {

    /** Every character of the default alphabet but the escape (0x1B), in no particular order. */
    private static final String DEFAULT_ALPHABET =
            "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String EXTENSION_TABLE = "\f^{}\\[~]|€";

    private static final BitSet SINGLE = charsOf(DEFAULT_ALPHABET);
    private static final BitSet DOUBLE = charsOf(EXTENSION_TABLE);

    private Gsm7Septets() {
    }

    /** The septets {@code text} takes, or -1 when a character of it is in neither table. */
    static int count(CharSequence text) {
        int septets = 0;
        for (int i = 0; i < text.length(); i++) {
            int cost = cost(text.charAt(i));
            if (cost < 0) {
                return -1;
            }
            septets += cost;
        }
        return septets;
    }

    /** 1 or 2 septets, or -1 outside the alphabet. */
    static int cost(char c) {
        if (SINGLE.get(c)) {
            return 1;
        }
        return DOUBLE.get(c) ? 2 : -1;
    }

    private static BitSet charsOf(String chars) {
        BitSet set = new BitSet();
        chars.chars().forEach(set::set);
        return set;
    }
}
