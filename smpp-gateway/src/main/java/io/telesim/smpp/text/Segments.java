package io.telesim.smpp.text;

/**
 * How many SMS a text takes. One SMS carries 140 octets: 160 septets of GSM7 or 140 octets of
 * anything else. A part of a longer message gives 6 octets to its concatenation header (UDH), which
 * leaves 153 septets or 134 octets.
 */
public final class Segments {

    /** Septets of GSM7 in one SMS without a header. */
    public static final int GSM7_SINGLE = 160;
    /** Septets of GSM7 in one part of a concatenated message. */
    public static final int GSM7_PART = 153;
    /** Octets of UCS2, Latin-1, IA5 or binary data in one SMS without a header. */
    public static final int OCTETS_SINGLE = 140;
    /** Octets of UCS2, Latin-1, IA5 or binary data in one part of a concatenated message. */
    public static final int OCTETS_PART = 134;
    /** The most parts a concatenated message can have: its total is one octet. */
    public static final int MAX_PARTS = 255;

    private Segments() {
    }

    /**
     * The SMS count by length alone: {@code units} are septets for GSM7 and octets otherwise. An
     * empty text is one SMS. {@link #count(String)} is exact where a GSM escape pair or a surrogate
     * pair straddling a part boundary pushes the message into one more part.
     */
    public static int count(SmsAlphabet alphabet, int units) {
        if (units < 0) {
            throw new IllegalArgumentException("a text has no negative length: " + units);
        }
        if (units <= singleCapacity(alphabet)) {
            return 1;
        }
        int part = partCapacity(alphabet);
        return (units + part - 1) / part;
    }

    /** The SMS count of a text as {@link SmsEncoder} encodes it and {@link SmsSplitter} splits it. */
    public static int count(String text) {
        return count(SmsEncoder.encode(text));
    }

    /**
     * The number of short_messages {@link SmsSplitter#split} makes of the text. Above
     * {@link #MAX_PARTS} the text cannot be sent, and the caller refuses it.
     */
    public static int count(EncodedText text) {
        byte[] octets = text.octets();
        if (octets.length <= singleCapacity(text.alphabet())) {
            return 1;
        }
        int parts = 0;
        for (int start = 0; start < octets.length; start = partEnd(text.alphabet(), octets, start)) {
            parts++;
        }
        return parts;
    }

    static int singleCapacity(SmsAlphabet alphabet) {
        return alphabet == SmsAlphabet.GSM7 ? GSM7_SINGLE : OCTETS_SINGLE;
    }

    static int partCapacity(SmsAlphabet alphabet) {
        return alphabet == SmsAlphabet.GSM7 ? GSM7_PART : OCTETS_PART;
    }

    /**
     * Where the part that starts at {@code start} ends (exclusive): as many whole units as fit, a
     * unit being a GSM escape pair, a UTF-16 surrogate pair, or else one septet, one UCS2 character
     * or one octet.
     */
    static int partEnd(SmsAlphabet alphabet, byte[] octets, int start) {
        int limit = start + partCapacity(alphabet);
        if (limit >= octets.length) {
            return octets.length;
        }
        int end = start;
        while (true) {
            int next = end + unitLength(alphabet, octets, end);
            if (next > limit) {
                return end;
            }
            end = next;
        }
    }

    private static int unitLength(SmsAlphabet alphabet, byte[] octets, int at) {
        switch (alphabet) {
            case GSM7:
                return octets[at] == Gsm7.ESCAPE && at + 1 < octets.length ? 2 : 1;
            case UCS2:
                if (at + 1 >= octets.length) {
                    return 1;
                }
                boolean pair = at + 3 < octets.length
                        && Character.isHighSurrogate(charAt(octets, at)) && Character.isLowSurrogate(charAt(octets, at + 2));
                return pair ? 4 : 2;
            default:
                return 1;
        }
    }

    private static char charAt(byte[] octets, int at) {
        return (char) (((octets[at] & 0xFF) << 8) | (octets[at + 1] & 0xFF));
    }
}
