package io.telesim.smpp.text;

import io.telesim.smpp.SmppRejection;
import java.nio.charset.StandardCharsets;
import org.jsmpp.SMPPConstant;

/**
 * The character sets a short_message may come in, read from its data_coding (SMPP 3.4 §5.2.19 and
 * the GSM 03.38 coding groups).
 */
public enum SmsAlphabet {

    /** The GSM 03.38 default alphabet and its extension table, one septet per octet: data_coding 0x00, the SMSC default. */
    GSM7((byte) 0x00),
    /** ISO-8859-1: data_coding 0x03. */
    LATIN1((byte) 0x03),
    /** IA5 (CCITT T.50), i.e. ASCII: data_coding 0x01. */
    IA5((byte) 0x01),
    /** UCS2, big-endian 16-bit units (surrogate pairs pass through as UTF-16): data_coding 0x08. */
    UCS2((byte) 0x08),
    /** 8-bit data: data_coding 0x04 (0x02 reads the same). Shown as uppercase hex. */
    BINARY((byte) 0x04);

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private final byte dataCoding;

    SmsAlphabet(byte dataCoding) {
        this.dataCoding = dataCoding;
    }

    /** The data_coding we send text of this alphabet with. */
    public byte dataCoding() {
        return dataCoding;
    }

    /**
     * The alphabet of a data_coding value.
     *
     * <ul>
     *   <li>0x00-0x0F are SMPP's own: 0x00 SMSC default (GSM 03.38 here), 0x01 IA5, 0x02 and 0x04
     *       8-bit binary, 0x03 Latin-1, 0x08 UCS2. The national character sets SMPP names there
     *       (JIS, Cyrillic ISO-8859-5, Hebrew, pictogram, ISO-2022-JP, Kanji, KS C 5601) and its
     *       reserved values are refused.</li>
     *   <li>0x10-0x3F, the GSM general data coding group: bit 5 set means compressed (refused),
     *       bits 3-2 are the alphabet (00 GSM7, 01 8-bit, 10 UCS2, 11 reserved and refused); the
     *       message class bits do not change how the text reads.</li>
     *   <li>0x40-0xBF: reserved coding groups in GSM 03.38, refused.</li>
     *   <li>0xC0-0xDF, message waiting indication (discard or store): GSM7; 0xE0-0xEF, message
     *       waiting indication (store) with UCS2 text: UCS2.</li>
     *   <li>0xF0-0xFF, data coding and message class: bit 2 picks GSM7 (0) or 8-bit data (1).</li>
     * </ul>
     *
     * @throws SmppRejection ESME_RINVDCS ({@link SmppRejection#ESME_RINVDCS}) naming what the value means
     */
    public static SmsAlphabet of(byte dataCoding) throws SmppRejection {
        int dcs = dataCoding & 0xFF;
        if (dcs <= 0x0F) {
            return switch (dcs) {
                case 0x00 -> GSM7;
                case 0x01 -> IA5;
                case 0x02, 0x04 -> BINARY;
                case 0x03 -> LATIN1;
                case 0x08 -> UCS2;
                case 0x05 -> throw unsupported(dcs, "JIS (X 0208-1990)");
                case 0x06 -> throw unsupported(dcs, "Cyrillic (ISO-8859-5); send Cyrillic as UCS2 (0x08)");
                case 0x07 -> throw unsupported(dcs, "Latin/Hebrew (ISO-8859-8)");
                case 0x09 -> throw unsupported(dcs, "pictogram encoding");
                case 0x0A -> throw unsupported(dcs, "ISO-2022-JP (music codes)");
                case 0x0D -> throw unsupported(dcs, "extended Kanji JIS (X 0212-1990)");
                case 0x0E -> throw unsupported(dcs, "KS C 5601");
                default -> throw unsupported(dcs, "a reserved value");
            };
        }
        if (dcs <= 0x3F) {
            if ((dcs & 0x20) != 0) {
                throw unsupported(dcs, "compressed text (GSM general data coding group, bit 5)");
            }
            return switch ((dcs >> 2) & 0x03) {
                case 0 -> GSM7;
                case 1 -> BINARY;
                case 2 -> UCS2;
                default -> throw unsupported(dcs, "a reserved alphabet (GSM general data coding group, bits 3-2 = 11)");
            };
        }
        if (dcs <= 0xBF) {
            throw unsupported(dcs, "a reserved GSM 03.38 coding group");
        }
        if (dcs <= 0xDF) {
            return GSM7;
        }
        if (dcs <= 0xEF) {
            return UCS2;
        }
        return (dcs & 0x04) == 0 ? GSM7 : BINARY;
    }

    /**
     * Reads {@code length} octets of a short_message from {@code offset} (after any UDH) as text.
     * {@link #BINARY} reads as uppercase hex ({@code "0A1BFF"}), so a handset's inbox can show it.
     *
     * @throws SmppRejection ESME_RINVMSGLEN for an odd UCS2 length or a range outside the array;
     *                       ESME_RINVDCS for an octet the alphabet has no character for
     */
    public String decode(byte[] octets, int offset, int length) throws SmppRejection {
        Gsm7.checkRange(octets, offset, length);
        return switch (this) {
            case GSM7 -> Gsm7.decode(octets, offset, length);
            case LATIN1 -> new String(octets, offset, length, StandardCharsets.ISO_8859_1);
            case IA5 -> decodeIa5(octets, offset, length);
            case UCS2 -> decodeUcs2(octets, offset, length);
            case BINARY -> hex(octets, offset, length);
        };
    }

    /**
     * The text in this alphabet. A character the alphabet lacks becomes {@code ?}. For
     * {@link #BINARY} the text is hex, as {@link #decode} gives it (either case, no separators).
     *
     * @throws IllegalArgumentException for {@link #BINARY} when the text is not an even number of hex digits
     */
    public byte[] encode(String text) {
        return switch (this) {
            case GSM7 -> Gsm7.encode(text);
            case LATIN1 -> text.getBytes(StandardCharsets.ISO_8859_1);
            case IA5 -> text.getBytes(StandardCharsets.US_ASCII);
            case UCS2 -> encodeUcs2(text);
            case BINARY -> unhex(text);
        };
    }

    private static SmppRejection unsupported(int dcs, String meaning) {
        return new SmppRejection(SmppRejection.ESME_RINVDCS,
                String.format("data_coding 0x%02X is %s, which this SMSC does not support", dcs, meaning));
    }

    private static String decodeIa5(byte[] octets, int offset, int length) throws SmppRejection {
        for (int i = offset; i < offset + length; i++) {
            if (octets[i] < 0) {
                throw new SmppRejection(SmppRejection.ESME_RINVDCS, String.format(
                        "octet 0x%02X at position %d is not IA5/ASCII (data_coding 0x01 allows 0x00-0x7F)",
                        octets[i] & 0xFF, i - offset));
            }
        }
        return new String(octets, offset, length, StandardCharsets.US_ASCII);
    }

    /** Unit by unit, so a surrogate half cut off by a careless sender rejoins its other half when the parts are joined. */
    private static String decodeUcs2(byte[] octets, int offset, int length) throws SmppRejection {
        if ((length & 1) != 0) {
            throw new SmppRejection(SMPPConstant.STAT_ESME_RINVMSGLEN,
                    "UCS2 text must be an even number of octets, got " + length);
        }
        char[] chars = new char[length / 2];
        for (int i = 0; i < chars.length; i++) {
            int at = offset + 2 * i;
            chars[i] = (char) (((octets[at] & 0xFF) << 8) | (octets[at + 1] & 0xFF));
        }
        return new String(chars);
    }

    private static byte[] encodeUcs2(String text) {
        byte[] out = new byte[text.length() * 2];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out[2 * i] = (byte) (c >>> 8);
            out[2 * i + 1] = (byte) c;
        }
        return out;
    }

    private static String hex(byte[] octets, int offset, int length) {
        char[] chars = new char[length * 2];
        for (int i = 0; i < length; i++) {
            int b = octets[offset + i] & 0xFF;
            chars[2 * i] = HEX[b >>> 4];
            chars[2 * i + 1] = HEX[b & 0x0F];
        }
        return new String(chars);
    }

    private static byte[] unhex(String text) {
        if ((text.length() & 1) != 0) {
            throw new IllegalArgumentException("binary data is written as pairs of hex digits, got " + text.length() + " digits");
        }
        byte[] out = new byte[text.length() / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) ((hexDigit(text, 2 * i) << 4) | hexDigit(text, 2 * i + 1));
        }
        return out;
    }

    private static int hexDigit(String text, int i) {
        char c = text.charAt(i);
        int digit = c >= '0' && c <= '9' ? c - '0' : c >= 'A' && c <= 'F' ? c - 'A' + 10 : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
        if (digit < 0) {
            throw new IllegalArgumentException("'" + c + "' at " + i + " is not a hex digit");
        }
        return digit;
    }
}
