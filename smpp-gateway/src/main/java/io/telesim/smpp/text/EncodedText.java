package io.telesim.smpp.text;

import java.util.Arrays;
import java.util.Objects;

/**
 * A text as it goes into short_message: its alphabet (so its data_coding) and its octets, one
 * septet per octet for GSM7. The array is not copied; treat it as read-only.
 */
public record EncodedText(SmsAlphabet alphabet, byte[] octets) {

    public EncodedText {
        Objects.requireNonNull(alphabet, "alphabet");
        Objects.requireNonNull(octets, "octets");
    }

    /** Septets for GSM7, octets otherwise: what {@link Segments#count(SmsAlphabet, int)} counts. */
    public int units() {
        return octets.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EncodedText that && alphabet == that.alphabet && Arrays.equals(octets, that.octets);
    }

    @Override
    public int hashCode() {
        return 31 * alphabet.hashCode() + Arrays.hashCode(octets);
    }

    @Override
    public String toString() {
        return "EncodedText[" + alphabet + ", " + octets.length + " octets]";
    }
}
