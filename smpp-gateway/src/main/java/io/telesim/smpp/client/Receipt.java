package io.telesim.smpp.client;

import org.jsmpp.bean.MessageState;

/** A delivery receipt as read from a deliver_sm. */
record Receipt(String messageId, MessageState state, int errorCode, long doneTimeMillis) {

    /** Whether no later receipt is expected for the message (SMPP 3.4: all states but ENROUTE and SCHEDULED). */
    boolean isFinal() {
        return state != MessageState.ENROUTE && state != MessageState.SCHEDULED;
    }
}
