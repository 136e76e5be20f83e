package io.telesim.engine;

/** What {@link Engine#submit} did with a command. */
public enum SubmitStatus {
    /** In the ring: the reply will follow. */
    ACCEPTED,
    /** The ring is full: nothing was queued; answer the client in its protocol ("try later") and let it retry. */
    BUSY,
    /** The engine is stopping or stopped: nothing was queued. */
    CLOSED
}
