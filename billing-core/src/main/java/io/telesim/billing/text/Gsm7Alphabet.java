package io.telesim.billing.text;

import java.util.Arrays;

/**
 * The GSM 03.38 (3GPP TS 23.038) default alphabet and its default extension table: which septet each
 * character is, and how many septets a text takes. Extension characters ({@code ^ { } \ [ ~ ] | €} and
 * form feed) take two: {@link #ESCAPE} and their code. SMS are segmented and USSD screens sized by it.
 */
public final class Gsm7Alphabet {

    /** The escape to the extension table. */
    public static final int ESCAPE = 0x1B;
    /** Added to an extension character's septet by {@link #code}. */
    public static final int ESCAPED = 0x100;
    /** What {@link #extension} answers for a septet the extension table leaves empty. */
    public static final char NONE = '\uFFFF';

    /** The default alphabet, by septet. 0x1B (escape) decodes through the extension table. */
    private static final String DEFAULT_TABLE =
            "@£$¥èéùìòÇ\nØø\rÅå"
            + "Δ_ΦΓΛΩΠΨΣΘΞ\u001BÆæßÉ"
            + " !\"#¤%&'()*+,-./"
            + "0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNO"
            + "PQRSTUVWXYZÄÖÑÜ§"
            + "¿abcdefghijklmno"
            + "pqrstuvwxyzäöñüà";

    private static final char[] DEFAULT = DEFAULT_TABLE.toCharArray();
    private static final char[] EXTENSION = new char[128];
    /**
     * Characters up to {@link #ENCODE_LIMIT} to their code: the septet, or {@link #ESCAPED} plus the
     * extension septet, or -1. The euro sign, the only one above, is handled on its own.
     */
    private static final short[] ENCODE;
    private static final int ENCODE_LIMIT = 0x400;
    private static final char EURO = '€';
    private static final int EURO_SEPTET = 0x65;

    static {
        if (DEFAULT.length != 128) {
            throw new ExceptionInInitializerError("the GSM default alphabet has 128 characters, not " + DEFAULT.length);
        }
        Arrays.fill(EXTENSION, NONE);
        EXTENSION[0x0A] = '\f';
        EXTENSION[0x14] = '^';
        EXTENSION[0x28] = '{';
        EXTENSION[0x29] = '}';
        EXTENSION[0x2F] = '\\';
        EXTENSION[0x3C] = '[';
        EXTENSION[0x3D] = '~';
        EXTENSION[0x3E] = ']';
        EXTENSION[0x40] = '|';
        EXTENSION[EURO_SEPTET] = EURO;
        ENCODE = new short[ENCODE_LIMIT];
        Arrays.fill(ENCODE, (short) -1);
        for (int septet = 0; septet < 128; septet++) {
            if (septet != ESCAPE) {
                ENCODE[DEFAULT[septet]] = (short) septet;
            }
            char extended = EXTENSION[septet];
            if (extended != NONE && extended < ENCODE_LIMIT) {
                ENCODE[extended] = (short) (ESCAPED | septet);
            }
        }
    }

    private Gsm7Alphabet() {
    }

    /** The default alphabet's character for {@code septet} (0 to 127). */
    public static char character(int septet) {
        return DEFAULT[septet];
    }

    /** The extension table's character for {@code septet} (0 to 127), or {@link #NONE}. */
    public static char extension(int septet) {
        return EXTENSION[septet];
    }

    /** The septet of {@code c}, or {@link #ESCAPED} plus its extension septet, or -1 when it is in neither table. */
    public static int code(char c) {
        if (c < ENCODE_LIMIT) {
            return ENCODE[c];
        }
        return c == EURO ? ESCAPED | EURO_SEPTET : -1;
    }

    /** 1 or 2 septets, or -1 when {@code c} is in neither table. */
    public static int cost(char c) {
        int code = code(c);
        return code < 0 ? -1 : code >= ESCAPED ? 2 : 1;
    }

    /** The septets {@code text} takes, or -1 when a character of it is in neither table. */
    public static int septets(CharSequence text) {
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
}
