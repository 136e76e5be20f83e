package io.telesim.smpp.server;

import org.jsmpp.bean.BindType;
import org.jsmpp.session.SMPPServerSession;

/**
 * One bound session of an ESME: its account, how it bound, the rate limit its account shares across its
 * binds, and, for RX and TRX binds, the link deliver_sm go out on.
 */
record BoundEsme(EsmeAccount account, BindType bindType, SMPPServerSession session, Throttle throttle, ReceiverLink link) {

    boolean receives() {
        return link != null;
    }
}
