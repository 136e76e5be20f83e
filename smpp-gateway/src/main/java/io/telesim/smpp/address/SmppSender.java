package io.telesim.smpp.address;

import java.util.Objects;

/**
 * Who sent a message, as the SMSC keeps it.
 *
 * @param party   the number as billing-core's {@code PartyNumber} encodes it ({@code 79160000001},
 *                {@code 442071234567}, a negative short number), or 0 for an alphanumeric sender
 * @param display what a handset shows: {@code 79160000001}, {@code 3339}, {@code Telesim}
 */
public record SmppSender(long party, String display) {

    public SmppSender {
        Objects.requireNonNull(display, "display");
    }

    /** True for a name such as {@code Telesim}, which cannot be answered. */
    public boolean alphanumeric() {
        return party == 0;
    }
}
