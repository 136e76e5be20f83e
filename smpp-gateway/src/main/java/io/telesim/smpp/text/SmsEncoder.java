package io.telesim.smpp.text;

/** Picks the alphabet a text goes out in, as a handset does: GSM7 when every character fits, else UCS2. */
public final class SmsEncoder {

    private SmsEncoder() {
    }

    public static EncodedText encode(String text) {
        SmsAlphabet alphabet = alphabetFor(text);
        return new EncodedText(alphabet, alphabet.encode(text));
    }

    /** The alphabet {@link #encode} would pick. */
    public static SmsAlphabet alphabetFor(CharSequence text) {
        return Gsm7.canEncode(text) ? SmsAlphabet.GSM7 : SmsAlphabet.UCS2;
    }
}
