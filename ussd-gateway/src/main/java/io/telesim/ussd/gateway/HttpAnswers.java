package io.telesim.ussd.gateway;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;

import java.util.Map;

/** Writes the gateway's HTTP answers: JSON bodies, {@code {"error": ...}} for refusals, keep-alive kept. */
final class HttpAnswers {

    private final ObjectMapper json;

    HttpAnswers(ObjectMapper json) {
        this.json = json;
    }

    /** {@code body} as JSON with {@code status}; from any thread. */
    void json(ChannelHandlerContext ctx, boolean keepAlive, HttpResponseStatus status, Object body) {
        send(ctx, keepAlive, jsonResponse(status, body));
    }

    void error(ChannelHandlerContext ctx, boolean keepAlive, HttpResponseStatus status, String message) {
        json(ctx, keepAlive, status, Map.of("error", message));
    }

    /** 200 with {@code body} as it is, of {@code contentType}. */
    void content(ChannelHandlerContext ctx, boolean keepAlive, String contentType, byte[] body) {
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK, Unpooled.wrappedBuffer(body));
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, contentType);
        send(ctx, keepAlive, response);
    }

    void noContent(ChannelHandlerContext ctx, boolean keepAlive) {
        send(ctx, keepAlive, new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.NO_CONTENT, Unpooled.EMPTY_BUFFER));
    }

    /** 405 naming the methods {@code allowed}. */
    void methodNotAllowed(ChannelHandlerContext ctx, boolean keepAlive, String allowed) {
        FullHttpResponse response = jsonResponse(HttpResponseStatus.METHOD_NOT_ALLOWED, Map.of("error", "use " + allowed));
        response.headers().set(HttpHeaderNames.ALLOW, allowed);
        send(ctx, keepAlive, response);
    }

    private FullHttpResponse jsonResponse(HttpResponseStatus status, Object body) {
        byte[] bytes;
        try {
            bytes = json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an answer of the gateway could not be written as JSON", e);
        }
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status, Unpooled.wrappedBuffer(bytes));
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, HttpHeaderValues.APPLICATION_JSON);
        return response;
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
