package io.telesim.smpp.server;

import java.io.OutputStream;

/** What a session's own deliver_sm are written to and answered through: its socket stream and its reader. */
record SessionWire(OutputStream out, GuardedPduReader reader) {
}
