package io.telesim.ussd.gateway;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.netty.channel.Channel;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.telesim.engine.handset.Handsets;
import io.telesim.engine.handset.InboxMessage;

/**
 * The handsets' open WebSockets by number, and what is pushed to them: network-initiated USSD
 * screens ({@code {"type":"ussn","text":...}}) and SMS arriving in the inbox
 * ({@code {"type":"sms","from":...,"text":...,"time":...}}). Thread-safe.
 */
final class HandsetSockets {

    private static final Logger LOG = LoggerFactory.getLogger(HandsetSockets.class);

    private final Handsets handsets;
    private final ObjectMapper json;
    private final Map<Long, Set<Channel>> byNumber = new ConcurrentHashMap<>();

    HandsetSockets(Handsets handsets, ObjectMapper json) {
        this.handsets = handsets;
        this.json = json;
    }

    /** {@code channel} is the WebSocket of {@code msisdn} until it closes: it gets that number's new SMS. */
    void attach(long msisdn, Channel channel) {
        AutoCloseable subscription = handsets.subscribe(msisdn, message -> send(channel, sms(message)));
        byNumber.computeIfAbsent(msisdn, number -> ConcurrentHashMap.newKeySet()).add(channel);
        channel.closeFuture().addListener(closed -> {
            subscription.close();
            byNumber.computeIfPresent(msisdn, (number, channels) -> {
                channels.remove(channel);
                return channels.isEmpty() ? null : channels;
            });
        });
    }

    /** Shows {@code text} on every open socket of {@code msisdn}; returns how many. */
    int push(long msisdn, String text) {
        Set<Channel> channels = byNumber.getOrDefault(msisdn, Set.of());
        String event = write(json.createObjectNode().put("type", "ussn").put("text", text));
        for (Channel channel : channels) {
            send(channel, event);
        }
        return channels.size();
    }

    private String sms(InboxMessage message) {
        return write(json.createObjectNode()
                .put("type", "sms")
                .put("from", message.sender())
                .put("text", message.text())
                .put("time", message.time()));
    }

    private static void send(Channel channel, String event) {
        channel.writeAndFlush(new TextWebSocketFrame(event)).addListener(written -> {
            if (!written.isSuccess()) {
                LOG.debug("a handset event was not sent on {}: {}", channel, written.cause().toString());
            }
        });
    }

    private String write(ObjectNode event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a handset event could not be written as JSON", e);
        }
    }
}
