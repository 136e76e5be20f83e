package io.telesim.benchmarks.ussd;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.netty.buffer.ByteBufInputStream;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;

/**
 * One handset on one keep-alive connection, running {@link SessionScript} sessions in a loop, one request at a time:
 * dial, reply, reply, hang up. Every answer is checked (status, JSON screen, its start, the session still open,
 * 204 for the hang-up); a step that fails is counted and the session is hung up (or, when it is over or never
 * opened, dialled again), so the number is free for its next dial. Told to stop, it finishes its session first. State is touched only on the channel's event loop.
 */
final class VirtualHandset extends SimpleChannelInboundHandler<FullHttpResponse> {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SESSIONS = "/ussd/sessions";
    private static final int DIAL = 0;
    private static final int HANG_UP = SessionScript.STEPS - 1;

    private final SessionScript script;
    private final LoadControl control;
    private final StepTally tally;
    private final String host;
    private final byte[] dialBody;
    private final byte[][] replyBodies;

    private ChannelHandlerContext ctx;
    private int step;
    private String sessionId;
    private long sentAt;

    VirtualHandset(long msisdn, SessionScript script, String host, LoadControl control, StepTally tally) {
        this.script = script;
        this.control = control;
        this.tally = tally;
        this.host = host;
        this.dialBody = ("{\"msisdn\":\"" + msisdn + "\",\"code\":\"" + script.code() + "\"}").getBytes(StandardCharsets.UTF_8);
        this.replyBodies = script.inputs().stream().map(input -> ("{\"input\":\"" + input + "\"}").getBytes(StandardCharsets.UTF_8))
                .toArray(byte[][]::new);
    }

    // Added before the channel connects: the context is known by the time the connect future completes.
    @Override
    public void handlerAdded(ChannelHandlerContext context) {
        this.ctx = context;
    }

    /** Starts the first session; from any thread, once the channel's connect has completed. */
    void start() {
        ctx.executor().execute(this::send);
    }

    @Override
    protected void channelRead0(ChannelHandlerContext context, FullHttpResponse response) {
        long elapsed = System.nanoTime() - sentAt;
        String failure = step == HANG_UP ? checkHangUp(response) : checkScreen(response);
        if (failure == null) {
            tally.step(elapsed);
            if (step == HANG_UP) {
                tally.session();
            }
            step = (step + 1) % SessionScript.STEPS;
        } else {
            tally.failure("step " + step + " of " + new String(dialBody, StandardCharsets.UTF_8) + ": " + failure);
            step = step == HANG_UP || sessionId == null ? DIAL : HANG_UP;
        }
        // Once stopped, a handset still ends its session, so that the number is free for the next round.
        if (control.running() || step != DIAL) {
            send();
        } else {
            control.handsetStopped();
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext context) throws Exception {
        if (control.running()) {
            tally.failure("connection closed");
            control.handsetStopped();
        }
        super.channelInactive(context);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext context, Throwable cause) {
        tally.failure("connection failed: " + cause);
        context.close();
    }

    private void send() {
        FullHttpRequest request = switch (step) {
            case DIAL -> request(HttpMethod.POST, SESSIONS, dialBody);
            case HANG_UP -> request(HttpMethod.DELETE, SESSIONS + "/" + sessionId, null);
            default -> request(HttpMethod.POST, SESSIONS + "/" + sessionId + "/reply", replyBodies[step - 1]);
        };
        sentAt = System.nanoTime();
        ctx.writeAndFlush(request, ctx.voidPromise());
    }

    private FullHttpRequest request(HttpMethod method, String uri, byte[] body) {
        FullHttpRequest request = new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, method, uri,
                body == null ? Unpooled.EMPTY_BUFFER : Unpooled.wrappedBuffer(body));
        request.headers().set(HttpHeaderNames.HOST, host);
        if (body != null) {
            request.headers().set(HttpHeaderNames.CONTENT_TYPE, HttpHeaderValues.APPLICATION_JSON);
        }
        HttpUtil.setContentLength(request, request.content().readableBytes());
        return request;
    }

    /** Null when the answer is the screen the script expects at this step; otherwise what is wrong. */
    private String checkScreen(FullHttpResponse response) {
        if (!response.status().equals(HttpResponseStatus.OK)) {
            sessionId = step == DIAL ? null : sessionId;
            return "status " + response.status();
        }
        JsonNode screen;
        try {
            screen = JSON.readTree(new ByteBufInputStream(response.content()));
        } catch (IOException e) {
            sessionId = step == DIAL ? null : sessionId;
            return "not JSON: " + e.getMessage();
        }
        JsonNode id = screen.get("sessionId");
        JsonNode text = screen.get("text");
        JsonNode end = screen.get("end");
        if (step == DIAL) {
            sessionId = id != null && id.isTextual() && end != null && !end.asBoolean() ? id.asText() : null;
        } else if (end != null && end.asBoolean()) {
            sessionId = null;
        }
        if (text == null || !text.isTextual() || end == null || !end.isBoolean() || id == null || !id.isTextual()) {
            return "not a screen: " + screen;
        }
        if (end.asBoolean() || !text.asText().startsWith(script.screens().get(step))) {
            return "expected an open screen starting '" + script.screens().get(step) + "', got " + screen;
        }
        return null;
    }

    private String checkHangUp(FullHttpResponse response) {
        sessionId = null;
        return response.status().equals(HttpResponseStatus.NO_CONTENT) ? null : "hang-up answered " + response.status();
    }
}
