package io.telesim.benchmarks.ussd;

import java.nio.charset.StandardCharsets;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;

/**
 * Answers the handsets' paths of the gateway at once, as the gateway's own handler writes its answers (content
 * length, keep-alive): {@code POST /ussd/sessions} and {@code POST /ussd/sessions/{id}/reply} with one fixed JSON
 * screen, {@code DELETE /ussd/sessions/{id}} with 204, anything else 404.
 */
@ChannelHandler.Sharable
final class PlainUssdHandler extends SimpleChannelInboundHandler<FullHttpRequest> {

    private static final String SESSIONS = "/ussd/sessions";

    private final byte[] screen;

    PlainUssdHandler(String sessionId, String text) {
        this.screen = ("{\"sessionId\":\"" + sessionId + "\",\"text\":\"" + text.replace("\n", "\\n") + "\",\"end\":false}")
                .getBytes(StandardCharsets.UTF_8);
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
        boolean keepAlive = HttpUtil.isKeepAlive(request);
        String uri = request.uri();
        HttpMethod method = request.method();
        boolean session = uri.startsWith(SESSIONS);
        if (session && method.equals(HttpMethod.POST) && (uri.length() == SESSIONS.length() || uri.endsWith("/reply"))) {
            FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK, Unpooled.wrappedBuffer(screen));
            response.headers().set(HttpHeaderNames.CONTENT_TYPE, HttpHeaderValues.APPLICATION_JSON);
            send(ctx, keepAlive, response);
        } else if (session && method.equals(HttpMethod.DELETE)) {
            send(ctx, keepAlive, new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.NO_CONTENT, Unpooled.EMPTY_BUFFER));
        } else {
            send(ctx, keepAlive, new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.NOT_FOUND, Unpooled.EMPTY_BUFFER));
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        ctx.close();
    }

    private static void send(ChannelHandlerContext ctx, boolean keepAlive, FullHttpResponse response) {
        HttpUtil.setContentLength(response, response.content().readableBytes());
        HttpUtil.setKeepAlive(response, keepAlive);
        if (keepAlive) {
            ctx.writeAndFlush(response, ctx.voidPromise());
        } else {
            ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
        }
    }
}
