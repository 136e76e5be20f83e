package io.telesim.ussd.gateway;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolConfig;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;
import io.telesim.billing.account.Iccid;
import io.telesim.billing.number.InvalidNumberException;
import io.telesim.billing.number.Msisdn;
import io.telesim.engine.handset.Handsets;
import io.telesim.ussd.session.UssdAnswer;
import io.telesim.ussd.session.UssdSessions;

/**
 * The handsets' HTTP protocol: dial ({@code POST /ussd/sessions} with {@code msisdn}, {@code code} and, optionally,
 * the handset's SIM card {@code iccid}), reply ({@code POST /ussd/sessions/{id}/reply}), hang up
 * ({@code DELETE /ussd/sessions/{id}}), the inbox ({@code GET /ussd/handsets/{msisdn}/inbox}) and the upgrade of
 * {@code GET /ussd/handsets/{msisdn}[?iccid=...]} to the handset's WebSocket. A handset naming a SIM card that is
 * not its number's current one ({@link SimCheck}) gets the last screen {@value SimCheck#NOT_REGISTERED} instead of
 * a session, and 403 instead of a WebSocket. And the web handset that speaks this
 * protocol, {@code GET /handset} ({@link HandsetPage}). Answers to dials and replies are written when the service
 * answers, from whichever thread completes it; nothing here waits.
 */
@ChannelHandler.Sharable
final class UssdHttpHandler extends SimpleChannelInboundHandler<FullHttpRequest> {

    private static final Logger LOG = LoggerFactory.getLogger(UssdHttpHandler.class);

    private final UssdSessions sessions;
    private final Handsets handsets;
    private final HandsetSockets sockets;
    private final SimCheck sims;
    private final ObjectMapper json;
    private final HttpAnswers answers;
    private final HandsetPage page = new HandsetPage();

    UssdHttpHandler(UssdSessions sessions, Handsets handsets, HandsetSockets sockets, SimCheck sims, ObjectMapper json) {
        this.sessions = sessions;
        this.handsets = handsets;
        this.sockets = sockets;
        this.sims = sims;
        this.json = json;
        this.answers = new HttpAnswers(json);
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
        boolean keepAlive = HttpUtil.isKeepAlive(request);
        if (!request.decoderResult().isSuccess()) {
            answers.error(ctx, false, HttpResponseStatus.BAD_REQUEST, "malformed HTTP request");
            return;
        }
        try {
            route(ctx, request, keepAlive);
        } catch (BadRequest e) {
            answers.error(ctx, keepAlive, HttpResponseStatus.BAD_REQUEST, e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("USSD gateway failed on {} {}", request.method(), request.uri(), e);
            answers.error(ctx, false, HttpResponseStatus.INTERNAL_SERVER_ERROR, "internal error");
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        LOG.debug("USSD gateway connection {} closed: {}", ctx.channel(), cause.toString());
        ctx.close();
    }

    private void route(ChannelHandlerContext ctx, FullHttpRequest request, boolean keepAlive) {
        List<String> path = List.of(new QueryStringDecoder(request.uri()).path().replaceFirst("^/", "").split("/", -1));
        HttpMethod method = request.method();
        if (path.get(0).equals(HandsetPage.PATH)) {
            webHandset(ctx, keepAlive, path, method);
        } else if (path.size() < 2 || !path.get(0).equals("ussd")) {
            notFound(ctx, keepAlive);
        } else if (path.get(1).equals("sessions")) {
            routeSession(ctx, request, keepAlive, path, method);
        } else if (path.get(1).equals("handsets") && path.size() == 3) {
            if (method.equals(HttpMethod.GET)) {
                upgradeIfRegistered(ctx, request, numberOf(path.get(2)));
            } else {
                answers.methodNotAllowed(ctx, keepAlive, "GET");
            }
        } else if (path.get(1).equals("handsets") && path.size() == 4 && path.get(3).equals("inbox")) {
            if (method.equals(HttpMethod.GET)) {
                inbox(ctx, keepAlive, numberOf(path.get(2)));
            } else {
                answers.methodNotAllowed(ctx, keepAlive, "GET");
            }
        } else {
            notFound(ctx, keepAlive);
        }
    }

    private void routeSession(ChannelHandlerContext ctx, FullHttpRequest request, boolean keepAlive, List<String> path,
                              HttpMethod method) {
        if (path.size() == 2) {
            if (method.equals(HttpMethod.POST)) {
                dial(ctx, keepAlive, body(request));
            } else {
                answers.methodNotAllowed(ctx, keepAlive, "POST");
            }
        } else if (path.get(2).isEmpty()) {
            notFound(ctx, keepAlive);
        } else if (path.size() == 3) {
            if (method.equals(HttpMethod.DELETE)) {
                hangUp(ctx, keepAlive, path.get(2));
            } else {
                answers.methodNotAllowed(ctx, keepAlive, "DELETE");
            }
        } else if (path.size() == 4 && path.get(3).equals("reply")) {
            if (method.equals(HttpMethod.POST)) {
                reply(ctx, keepAlive, path.get(2), body(request));
            } else {
                answers.methodNotAllowed(ctx, keepAlive, "POST");
            }
        } else {
            notFound(ctx, keepAlive);
        }
    }

    private void webHandset(ChannelHandlerContext ctx, boolean keepAlive, List<String> path, HttpMethod method) {
        Optional<HandsetPage.Asset> asset = page.find(path);
        if (asset.isEmpty()) {
            notFound(ctx, keepAlive);
        } else if (method.equals(HttpMethod.GET)) {
            answers.content(ctx, keepAlive, asset.get().contentType(), asset.get().body());
        } else {
            answers.methodNotAllowed(ctx, keepAlive, "GET");
        }
    }

    /** Dials; a handset that names its SIM card ({@code iccid}) gets no session when the card is not the number's. */
    private void dial(ChannelHandlerContext ctx, boolean keepAlive, JsonNode body) {
        long msisdn = numberOf(text(body, "msisdn"));
        String code = text(body, "code");
        JsonNode iccid = body.get("iccid");
        if (iccid == null || iccid.isNull()) {
            answerWhenReady(ctx, keepAlive, sessions.dial(msisdn, code));
            return;
        }
        long card = iccidOf(iccid.isTextual() || iccid.isNumber() ? iccid.asText() : "");
        // the check answers on the engine's thread: the dial, and the session it opens, run on the channel's
        answerWhenReady(ctx, keepAlive, sims.isCurrent(msisdn, card).thenComposeAsync(current -> current ? sessions.dial(msisdn, code)
                : CompletableFuture.completedFuture(new UssdAnswer(UUID.randomUUID().toString(), SimCheck.NOT_REGISTERED, true)),
                ctx.executor()));
    }

    private void reply(ChannelHandlerContext ctx, boolean keepAlive, String sessionId, JsonNode body) {
        String input = text(body, "input");
        Optional<CompletionStage<UssdAnswer>> answer = sessions.reply(sessionId, input);
        if (answer.isEmpty()) {
            noSession(ctx, keepAlive, sessionId);
        } else {
            answerWhenReady(ctx, keepAlive, answer.get());
        }
    }

    private void hangUp(ChannelHandlerContext ctx, boolean keepAlive, String sessionId) {
        if (sessions.hangUp(sessionId)) {
            answers.noContent(ctx, keepAlive);
        } else {
            noSession(ctx, keepAlive, sessionId);
        }
    }

    private void inbox(ChannelHandlerContext ctx, boolean keepAlive, long msisdn) {
        List<InboxEntry> messages = handsets.inbox(msisdn).stream().map(InboxEntry::of).toList();
        answers.json(ctx, keepAlive, HttpResponseStatus.OK, messages);
    }

    /**
     * Upgrades to the handset's WebSocket; one that names its SIM card ({@code ?iccid=}) is refused 403 when the
     * card is not the number's. The check answers on another thread, so the upgrade then runs on the channel's.
     */
    private void upgradeIfRegistered(ChannelHandlerContext ctx, FullHttpRequest request, long msisdn) {
        List<String> iccid = new QueryStringDecoder(request.uri()).parameters().get("iccid");
        if (iccid == null || iccid.isEmpty()) {
            upgrade(ctx, request, msisdn);
            return;
        }
        long card = iccidOf(iccid.get(0));
        request.retain();
        sims.isCurrent(msisdn, card).whenComplete((current, failure) -> ctx.executor().execute(() -> {
            try {
                if (failure != null) {
                    LOG.error("USSD gateway: the SIM check of {} failed", msisdn, failure);
                    answers.error(ctx, false, HttpResponseStatus.INTERNAL_SERVER_ERROR, "internal error");
                } else if (current) {
                    upgrade(ctx, request, msisdn);
                } else {
                    answers.error(ctx, false, HttpResponseStatus.FORBIDDEN, SimCheck.NOT_REGISTERED);
                }
            } finally {
                request.release();
            }
        }));
    }

    /** Hands the request to a WebSocket pipeline of its own, which answers the handshake. */
    private void upgrade(ChannelHandlerContext ctx, FullHttpRequest request, long msisdn) {
        if (!request.headers().containsValue(HttpHeaderNames.UPGRADE, HttpHeaderValues.WEBSOCKET, true)) {
            answers.error(ctx, false, HttpResponseStatus.UPGRADE_REQUIRED, "this is a handset's WebSocket: connect with ws://");
            return;
        }
        WebSocketServerProtocolConfig config = WebSocketServerProtocolConfig.newBuilder().websocketPath(request.uri()).build();
        ctx.pipeline().addLast(new WebSocketServerProtocolHandler(config), new HandsetSocketHandler(msisdn, sockets));
        ctx.fireChannelRead(request.retain());
        ctx.pipeline().remove(this);
    }

    private void answerWhenReady(ChannelHandlerContext ctx, boolean keepAlive, CompletionStage<UssdAnswer> answer) {
        answer.whenComplete((screen, failure) -> {
            if (failure != null) {
                LOG.error("USSD gateway: a session answered with a failure", failure);
                answers.error(ctx, false, HttpResponseStatus.INTERNAL_SERVER_ERROR, "internal error");
            } else {
                answers.json(ctx, keepAlive, HttpResponseStatus.OK, screen);
            }
        });
    }

    private void notFound(ChannelHandlerContext ctx, boolean keepAlive) {
        answers.error(ctx, keepAlive, HttpResponseStatus.NOT_FOUND, "no such resource");
    }

    private void noSession(ChannelHandlerContext ctx, boolean keepAlive, String sessionId) {
        answers.error(ctx, keepAlive, HttpResponseStatus.NOT_FOUND, "no open USSD session " + sessionId);
    }

    private JsonNode body(FullHttpRequest request) {
        try {
            JsonNode body = json.readTree(request.content().toString(StandardCharsets.UTF_8));
            if (body == null || !body.isObject()) {
                throw new BadRequest("the body is a JSON object");
            }
            return body;
        } catch (IOException e) {
            throw new BadRequest("the body is not valid JSON");
        }
    }

    private static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || !(value.isTextual() || value.isNumber())) {
            throw new BadRequest("'" + field + "' is required, as a string");
        }
        return value.asText();
    }

    private static long iccidOf(String text) {
        if (text.length() != 19 || !text.startsWith("89") || !text.chars().allMatch(Character::isDigit)) {
            throw new BadRequest("'iccid' is a SIM card number: 19 digits starting with 89");
        }
        long iccid = Long.parseLong(text);
        if (!Iccid.isValid(iccid)) {
            throw new BadRequest("'iccid' " + text + " has a wrong check digit");
        }
        return iccid;
    }

    private static long numberOf(String text) {
        try {
            return Msisdn.parseValue(text);
        } catch (InvalidNumberException e) {
            throw new BadRequest(e.getMessage());
        }
    }

    /** A request the handset got wrong: answered 400 with the message. */
    private static final class BadRequest extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadRequest(String message) {
            super(message, null, false, false);
        }
    }
}
