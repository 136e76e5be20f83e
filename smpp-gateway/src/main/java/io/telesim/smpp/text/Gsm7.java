package io.telesim.smpp.text;

import io.telesim.billing.text.Gsm7Alphabet;
import io.telesim.smpp.SmppRejection;
import org.jsmpp.SMPPConstant;

/**
 * Text in the GSM 03.38 default alphabet and its extension table ({@link Gsm7Alphabet}), one septet per
 * octet as SMPP carries them in short_message (unpacked; the SMSC packs them for the air).
 *
 * <p>Extension characters are two septets: {@link #ESCAPE} and the character's code in the
 * extension table ({@code ^ { } \ [ ~ ] | €} and form feed).
 *
 * <p>Encoding never fails: a character outside both tables becomes one {@code ?} per code point, as
 * {@link String#getBytes(java.nio.charset.Charset)} does. {@link #canEncode} tells beforehand.
 */
public final class Gsm7 {

    /** The escape to the extension table. */
    public static final byte ESCAPE = Gsm7Alphabet.ESCAPE;
    private static final int ESCAPED = Gsm7Alphabet.ESCAPED;

    private Gsm7() {
    }

    /** True when every character is in the default alphabet or its extension table. */
    public static boolean canEncode(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (code(text.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The septets {@link #encode} writes for the text: extension characters count two, a character
     * outside both tables one per code point (its {@code ?}).
     */
    public static int septets(CharSequence text) {
        int septets = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int code = code(c);
            if (code >= ESCAPED) {
                septets += 2;
            } else if (code >= 0 || !isSurrogatePairAt(text, i)) {
                septets++;
            }
        }
        return septets;
    }

    /** The text as septets, one per octet; characters outside both tables become {@code ?}. */
    public static byte[] encode(CharSequence text) {
        byte[] out = new byte[septets(text)];
        int at = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int code = code(c);
            if (code >= ESCAPED) {
                out[at++] = ESCAPE;
                out[at++] = (byte) (code & 0x7F);
            } else if (code >= 0) {
                out[at++] = (byte) code;
            } else if (!isSurrogatePairAt(text, i)) {
                out[at++] = (byte) code('?');
            }
        }
        return out;
    }

    /**
     * Reads septets, one per octet. As TS 23.038 says for receivers, an escape before a septet the
     * extension table leaves empty reads as that septet's default character, and a double escape
     * (reserved for a further table) reads as a space.
     *
     * @throws SmppRejection ESME_RINVDCS for an octet above 0x7F or a message that ends in an
     *                       escape; ESME_RINVMSGLEN when offset and length lie outside the array
     */
    public static String decode(byte[] octets, int offset, int length) throws SmppRejection {
        checkRange(octets, offset, length);
        StringBuilder text = new StringBuilder(length);
        int end = offset + length;
        for (int i = offset; i < end; i++) {
            int septet = septet(octets, i, offset);
            if (septet != ESCAPE) {
                text.append(Gsm7Alphabet.character(septet));
                continue;
            }
            if (++i == end) {
                throw new SmppRejection(SmppRejection.ESME_RINVDCS,
                        "GSM 7-bit text ends in an escape (0x1B) with no character after it");
            }
            int extended = septet(octets, i, offset);
            if (extended == ESCAPE) {
                text.append(' ');
            } else if (Gsm7Alphabet.extension(extended) != Gsm7Alphabet.NONE) {
                text.append(Gsm7Alphabet.extension(extended));
            } else {
                text.append(Gsm7Alphabet.character(extended));
            }
        }
        return text.toString();
    }

    static void checkRange(byte[] octets, int offset, int length) throws SmppRejection {
        if (offset < 0 || length < 0 || offset > octets.length - length) {
            throw new SmppRejection(SMPPConstant.STAT_ESME_RINVMSGLEN,
                    "message text at " + offset + " for " + length + " octets lies outside the " + octets.length + " octets given");
        }
    }

    private static int septet(byte[] octets, int i, int offset) throws SmppRejection {
        int septet = octets[i] & 0xFF;
        if (septet > 0x7F) {
            throw new SmppRejection(SmppRejection.ESME_RINVDCS, String.format(
                    "octet 0x%02X at position %d is not a GSM 7-bit septet (data_coding says GSM default alphabet)",
                    septet, i - offset));
        }
        return septet;
    }

    private static int code(char c) {
        return Gsm7Alphabet.code(c);
    }

    /** True when a high surrogate at i has its low half after it: the pair is one code point, one {@code ?}. */
    private static boolean isSurrogatePairAt(CharSequence text, int i) {
        return Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
    }
}
