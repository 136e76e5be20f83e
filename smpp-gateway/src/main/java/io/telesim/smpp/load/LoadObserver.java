package io.telesim.smpp.load;

/**
 * Is told what happens to each message of an {@link SmppLoadGenerator} as it happens, for callers that keep their
 * own tallies (a scenario run's live progress and per-message checks). Called on the binds' writer and reader threads:
 * implementations are thread-safe and quick.
 */
public interface LoadObserver {

    /** Observes nothing. */
    LoadObserver NONE = new LoadObserver() {
    };

    /**
     * The {@code submit_sm} of message {@code index} was written {@code lateNanos} after it was due (0 when it was
     * on time or has no due time). A message sent again after ESME_RTHROTTLED is not told again.
     */
    default void submitted(long index, long lateNanos) {
    }

    /**
     * Message {@code index} was answered (ESME_RTHROTTLED is not an answer: the message goes again) with
     * {@code commandStatus}, {@code latencyNanos} after it was due or sent; {@code messageId} is the SMSC's id of an
     * accepted message, else null.
     */
    default void answered(long index, int commandStatus, String messageId, long latencyNanos) {
    }

    /** The delivery receipt of the accepted message {@code messageId} came, {@code latencyNanos} after it was due or sent. */
    default void receipt(String messageId, long latencyNanos) {
    }
}
