package io.telesim.smpp.client;

import org.jsmpp.bean.MessageState;

/**
 * What the outbound client reports back. For each queued message exactly one of {@link #onAccepted} and
 * {@link #onFailed} is called; a message's {@code onAccepted} always comes before its {@link #onReceipt}.
 * Callbacks run on the client's own threads (sender threads, jSMPP's PDU threads): keep them short. An
 * exception thrown from {@link #onReceipt} or {@link #onIncoming} makes the client answer the deliver_sm
 * with ESME_RX_T_APPN, so the remote SMSC delivers it again later; from the other callbacks it is logged.
 */
public interface OutboundListener {
    /** The remote SMSC accepted the message (submit_sm_resp OK) under {@code remoteMessageId}. */
    void onAccepted(long localRef, String remoteMessageId);

    /**
     * The client gave up on the message: a permanent error, retries used up, or closed while queued.
     * {@code commandStatus} is the remote SMSC's last command_status, or one of the negative
     * {@code OutboundEsme.STATUS_*} codes when the cause was local.
     */
    void onFailed(long localRef, int commandStatus, String reason);

    /**
     * A delivery receipt for an accepted message. {@code state} is the receipt's state: a final one
     * (DELIVERED, EXPIRED, DELETED, UNDELIVERABLE, ACCEPTED, REJECTED, UNKNOWN, SKIPPED), after which no more
     * receipts for the message are reported, or an intermediate ENROUTE or SCHEDULED before it. {@code doneTimeMillis} is the receipt's done date (read as UTC) or, without one,
     * when the receipt arrived.
     */
    void onReceipt(long localRef, String remoteMessageId, MessageState state, int errorCode, long doneTimeMillis);

    /** A mobile-originated message (a deliver_sm that is not a receipt) from the remote SMSC. */
    void onIncoming(String source, String destination, byte dataCoding, byte[] shortMessage);

    /** The link changed state. */
    default void onLinkChange(LinkState state) {}
}
