package io.telesim.ussd.gateway;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;

/** The end of a handset's WebSocket pipeline: attaches it once the handshake is done; ignores what the handset sends. */
final class HandsetSocketHandler extends SimpleChannelInboundHandler<WebSocketFrame> {

    private final long msisdn;
    private final HandsetSockets sockets;

    HandsetSocketHandler(long msisdn, HandsetSockets sockets) {
        this.msisdn = msisdn;
        this.sockets = sockets;
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) throws Exception {
        if (event instanceof WebSocketServerProtocolHandler.HandshakeComplete) {
            sockets.attach(msisdn, ctx.channel());
        }
        super.userEventTriggered(ctx, event);
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, WebSocketFrame frame) {
        // Handsets only listen on this socket; the protocol handler has answered pings and closes.
    }
}
