package io.telesim.smpp.client;

/** The state of the link to the remote SMSC, as {@link OutboundEsme#linkState()} tells it. */
public enum LinkState {
    /** Connecting and binding (first time or after a drop). */
    CONNECTING,
    /** Bound: messages go out. */
    BOUND,
    /** Not bound: not started yet, dropped, or waiting out the back-off before the next bind attempt. */
    DOWN,
    /** {@link OutboundEsme#close()} was called; nothing goes out any more. */
    CLOSED
}
