package io.telesim.smpp.concat;

/**
 * Where one short_message stands in a concatenated message, from its UDH.
 *
 * @param reference the message's reference, the same in all its parts: 0-255 from an 8-bit
 *                  element, 0-65535 from a 16-bit one
 * @param total     how many parts the message has, 1-255
 * @param sequence  this part's place, 1 to {@code total}
 */
public record ConcatPart(int reference, int total, int sequence) {

    public ConcatPart {
        if (reference < 0 || reference > 0xFFFF) {
            throw new IllegalArgumentException("a concatenation reference is 0 to 65535, not " + reference);
        }
        if (!(1 <= sequence && sequence <= total && total <= 255)) {
            throw new IllegalArgumentException("part " + sequence + " of " + total
                    + " is not a concatenated message's part: parts are numbered 1 to the total, at most 255");
        }
    }
}
