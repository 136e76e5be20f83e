package io.telesim.smpp.client;

import java.util.Objects;

/**
 * One message to submit to the remote SMSC. {@code localRef} is the caller's handle, reported back in
 * every callback. {@code esmClass} is passed through (UDHI etc.); {@code wantReceipt} asks for an SMSC
 * delivery receipt (registered_delivery 1). A {@code shortMessage} longer than 254 octets goes in the
 * message_payload TLV.
 */
public record OutboundMessage(long localRef, byte sourceTon, byte sourceNpi, String source, byte destTon, byte destNpi,
        String destination, byte esmClass, byte dataCoding, byte[] shortMessage, boolean wantReceipt) {

    public OutboundMessage {
        source = source == null ? "" : source;
        Objects.requireNonNull(destination, "destination");
        shortMessage = shortMessage == null ? new byte[0] : shortMessage;
    }
}
