package io.telesim.smpp.server;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;

/**
 * Cuts the byte stream into whole PDUs by their command_length and hands each on as a {@code byte[]}
 * (header included), the form jSMPP's decomposer reads. A command_length shorter than a header or longer
 * than any SMPP PDU can be means the stream cannot be trusted any more: that connection is closed at once
 * (waiting for gigabytes would hold it open forever), and no other connection notices.
 */
final class SmppFrameDecoder extends ByteToMessageDecoder {

    static final int HEADER = 16;
    /** The largest PDU we take: a 64 KB message_payload and every other field at its longest. */
    static final int MAX_COMMAND_LENGTH = HEADER + 65_536 + 4_096;
    private static final Logger LOG = LoggerFactory.getLogger(SmppFrameDecoder.class);

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        while (in.readableBytes() >= 4) {
            int length = in.getInt(in.readerIndex());
            if (length < HEADER || length > MAX_COMMAND_LENGTH) {
                LOG.info("command_length {} from {} is not an SMPP PDU's; closing the connection", Integer.toUnsignedString(length),
                        ctx.channel().remoteAddress());
                in.skipBytes(in.readableBytes());
                ctx.close();
                return;
            }
            if (in.readableBytes() < length) {
                return;
            }
            byte[] pdu = new byte[length];
            in.readBytes(pdu);
            out.add(pdu);
        }
    }
}
