package io.telesim.smpp.client;

/** What {@link OutboundEsme#offer(OutboundMessage)} did with a message. */
public enum Admission {
    /** Queued: its fate will be reported to the listener exactly once (accepted or failed). */
    QUEUED("queued"),
    /** Refused: the queue holds {@link OutboundSettings#queueCapacity()} messages already. */
    QUEUE_FULL("outbound queue full"),
    /** Refused: the client is closed. */
    CLOSED("outbound client closed"),
    /** Refused: the client binds as a receiver only (BIND_RX), so it can never submit. */
    RECEIVE_ONLY("outbound client bound as receiver only");

    private final String reason;

    Admission(String reason) {
        this.reason = reason;
    }

    /** A short reason for logs and refusals. */
    public String reason() {
        return reason;
    }
}
