package io.telesim.smpp.concat;

import java.util.Objects;

/**
 * A concatenated message joined again, for the recipient's inbox.
 *
 * @param sender    as the handset shows it
 * @param recipient the handset's number
 * @param text      the parts' texts in order; a part that never came stands as {@code [part 2 of 3 missing]}
 * @param parts     how many parts the message was sent in (its total)
 */
public record Reassembled(String sender, long recipient, String text, int parts) {

    public Reassembled {
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(text, "text");
    }
}
