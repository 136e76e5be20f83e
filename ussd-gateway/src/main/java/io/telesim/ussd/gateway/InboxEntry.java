package io.telesim.ussd.gateway;

import io.telesim.engine.handset.InboxMessage;

/** A message of a handset's inbox as {@code GET /ussd/handsets/{msisdn}/inbox} lists it. */
record InboxEntry(long id, String from, String text, long time) {

    static InboxEntry of(InboxMessage message) {
        return new InboxEntry(message.id(), message.sender(), message.text(), message.time());
    }
}
