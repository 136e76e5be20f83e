package io.telesim.smpp.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;

/** Framing by command_length, on an embedded channel: whole PDUs out whatever the reads, and no trust in a length SMPP cannot have. */
class SmppFrameDecoderTest {

    private final EmbeddedChannel channel = new EmbeddedChannel(new SmppFrameDecoder());

    @Test
    void aPduSplitAcrossReadsComesOutWhole() {
        byte[] pdu = pdu(0x15, 7, new byte[] {1, 2, 3});

        channel.writeInbound(Unpooled.wrappedBuffer(pdu, 0, 5));
        assertNull(channel.readInbound(), "nothing before the PDU is whole");
        channel.writeInbound(Unpooled.wrappedBuffer(pdu, 5, pdu.length - 5));

        assertArrayEquals(pdu, channel.readInbound());
    }

    @Test
    void twoPdusInOneReadComeOutAsTwo() {
        byte[] first = pdu(0x04, 1, new byte[] {9});
        byte[] second = pdu(0x15, 2, new byte[0]);

        channel.writeInbound(Unpooled.wrappedBuffer(first, second));

        assertArrayEquals(first, channel.readInbound());
        assertArrayEquals(second, channel.readInbound());
    }

    @Test
    void aCommandLengthLongerThanAnyPduClosesTheConnection() {
        channel.writeInbound(Unpooled.wrappedBuffer(header(0x7FFFFFF0, 0x04, 9)));

        assertNull(channel.readInbound());
        assertFalse(channel.isOpen());
    }

    @Test
    void aCommandLengthShorterThanAHeaderClosesTheConnection() {
        channel.writeInbound(Unpooled.wrappedBuffer(header(8, 0x15, 3)));

        assertNull(channel.readInbound());
        assertFalse(channel.isOpen());
    }

    @Test
    void theLongestPduSmppAllowsIsTaken() {
        byte[] pdu = pdu(0x103, 4, new byte[SmppFrameDecoder.MAX_COMMAND_LENGTH - SmppFrameDecoder.HEADER]);

        channel.writeInbound(Unpooled.wrappedBuffer(pdu));

        assertArrayEquals(pdu, channel.readInbound());
        assertTrue(channel.isOpen());
    }

    private static byte[] pdu(int commandId, int sequence, byte[] body) {
        byte[] pdu = new byte[SmppFrameDecoder.HEADER + body.length];
        System.arraycopy(header(pdu.length, commandId, sequence), 0, pdu, 0, SmppFrameDecoder.HEADER);
        System.arraycopy(body, 0, pdu, SmppFrameDecoder.HEADER, body.length);
        return pdu;
    }

    private static byte[] header(int length, int commandId, int sequence) {
        return Unpooled.buffer(16).writeInt(length).writeInt(commandId).writeInt(0).writeInt(sequence).array();
    }
}
