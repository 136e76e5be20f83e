package io.telesim.smpp.server;

import org.jsmpp.bean.BindType;

/**
 * One bound session of an ESME: its account, how it bound, its connection, the rate limit its account
 * shares across its binds, and, for RX and TRX binds, the link deliver_sm go out on.
 */
record BoundEsme(EsmeAccount account, BindType bindType, EsmeConnection connection, Throttle throttle, ReceiverLink link) {

    boolean receives() {
        return link != null;
    }

    /** True for TX and TRX binds: those may submit messages. */
    boolean transmits() {
        return bindType != BindType.BIND_RX;
    }
}
