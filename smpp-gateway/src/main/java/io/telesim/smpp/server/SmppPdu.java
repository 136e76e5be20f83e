package io.telesim.smpp.server;

import org.jsmpp.SMPPConstant;
import org.jsmpp.util.DefaultComposer;
import org.jsmpp.util.PDUComposer;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

/** The header fields of a whole PDU as {@link SmppFrameDecoder} passes it on, and the answers made of a header alone. */
final class SmppPdu {

    /** jSMPP's composer keeps no state: one serves every connection. */
    static final PDUComposer COMPOSER = new DefaultComposer();
    static final int RESPONSE = SMPPConstant.MASK_CID_RESP;

    private SmppPdu() {
    }

    static int commandId(byte[] pdu) {
        return intAt(pdu, 4);
    }

    static int status(byte[] pdu) {
        return intAt(pdu, 8);
    }

    static int sequence(byte[] pdu) {
        return intAt(pdu, 12);
    }

    /** The answer to {@code commandId} refusing it with {@code status}: its response's header, no body (SMPP 3.4 §3.2). */
    static ByteBuf refusal(int commandId, int status, int sequence) {
        return Unpooled.wrappedBuffer(COMPOSER.composeHeader(commandId | RESPONSE, status, sequence));
    }

    static ByteBuf genericNack(int status, int sequence) {
        return Unpooled.wrappedBuffer(COMPOSER.genericNack(status, sequence));
    }

    private static int intAt(byte[] pdu, int at) {
        return (pdu[at] & 0xFF) << 24 | (pdu[at + 1] & 0xFF) << 16 | (pdu[at + 2] & 0xFF) << 8 | pdu[at + 3] & 0xFF;
    }
}
