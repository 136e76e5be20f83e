package io.telesim.smpp.text;

import io.telesim.smpp.concat.Udh;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Cuts a text too long for one SMS into the short_messages of a concatenated message, each with an
 * 8-bit-reference concatenation header in front ({@code 05 00 03 ref total seq}); the server sets
 * the UDHI bit (0x40) of esm_class on them.
 */
public final class SmsSplitter {

    private SmsSplitter() {
    }

    /**
     * The short_messages for the text: one, the octets alone, when it fits in one SMS; else parts of
     * at most 153 septets (GSM7) or 134 octets behind their header, never cutting a GSM escape pair
     * or a UTF-16 surrogate pair in two.
     *
     * @param reference the concatenation reference; only its low 8 bits are sent, so a counter may
     *                  simply wrap
     * @throws IllegalArgumentException when the text needs more than {@link Segments#MAX_PARTS} parts
     */
    public static List<byte[]> split(EncodedText text, int reference) {
        SmsAlphabet alphabet = text.alphabet();
        byte[] octets = text.octets();
        if (octets.length <= Segments.singleCapacity(alphabet)) {
            return List.of(octets.clone());
        }
        int total = Segments.count(text);
        if (total > Segments.MAX_PARTS) {
            throw new IllegalArgumentException("the text needs " + total + " SMS, more than the " + Segments.MAX_PARTS
                    + " a concatenated message can have");
        }
        List<byte[]> parts = new ArrayList<>(total);
        int start = 0;
        for (int sequence = 1; sequence <= total; sequence++) {
            int end = Segments.partEnd(alphabet, octets, start);
            byte[] part = new byte[Udh.CONCAT_8BIT_LENGTH + end - start];
            Udh.writeConcatenation8Bit(part, reference, total, sequence);
            System.arraycopy(octets, start, part, Udh.CONCAT_8BIT_LENGTH, end - start);
            parts.add(part);
            start = end;
        }
        return Collections.unmodifiableList(parts);
    }
}
