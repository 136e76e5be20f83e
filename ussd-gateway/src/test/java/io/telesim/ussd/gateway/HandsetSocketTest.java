package io.telesim.ussd.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.telesim.engine.handset.Handsets;
import io.telesim.ussd.route.UssdRoutes;

class HandsetSocketTest {

    private static final long ALICE = 79_160_000_001L;

    private final Handsets handsets = new Handsets();
    private final UssdGateway gateway = UssdGateway.start(UssdSettings.defaults().withPort(0), new UssdRoutes(), handsets);
    private final BlockingQueue<String> received = new LinkedBlockingQueue<>();

    @AfterEach
    void stop() {
        gateway.close();
    }

    @Test
    @Timeout(30)
    void theHandsetGetsItsNewSmsAndNetworkScreensUntilItCloses() throws Exception {
        WebSocket socket = connect("79160000001");
        awaitAttached();

        handsets.deliver(ALICE, "79160000002", "Lunch at one?", 1_700_000_000_000L);
        handsets.deliver(79_160_000_003L, "Telesim", "for someone else", 1L);
        JsonNode sms = next();
        assertEquals("sms", sms.get("type").asText());
        assertEquals("79160000002", sms.get("from").asText());
        assertEquals("Lunch at one?", sms.get("text").asText());
        assertEquals(1_700_000_000_000L, sms.get("time").asLong());

        assertEquals(1, gateway.push(ALICE, "Your balance is low"));
        JsonNode ussn = next();
        assertEquals("ussn", ussn.get("type").asText());
        assertEquals("Your balance is low", ussn.get("text").asText());

        socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").get(5, TimeUnit.SECONDS);
        awaitDetached();
        handsets.deliver(ALICE, "79160000002", "after the close", 2L);
        assertEquals(2, handsets.inbox(ALICE).size(), "the inbox still has every message");
    }

    private WebSocket connect(String msisdn) throws Exception {
        return HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(URI.create("ws://127.0.0.1:" + gateway.port() + "/ussd/handsets/" + msisdn), new WebSocket.Listener() {
                    private final StringBuilder text = new StringBuilder();

                    @Override
                    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                        text.append(data);
                        if (last) {
                            received.add(text.toString());
                            text.setLength(0);
                        }
                        webSocket.request(1);
                        return null;
                    }
                })
                .get(5, TimeUnit.SECONDS);
    }

    /** The server attaches the socket when its handshake is written, a moment after the client sees it. */
    private void awaitAttached() throws Exception {
        while (gateway.push(ALICE, "hello") == 0) {
            Thread.onSpinWait();
        }
        assertEquals("hello", next().get("text").asText());
    }

    private void awaitDetached() {
        while (gateway.push(ALICE, "anyone?") != 0) {
            Thread.onSpinWait();
        }
    }

    private JsonNode next() throws Exception {
        String event = received.poll(5, TimeUnit.SECONDS);
        assertNotNull(event, "an event should arrive");
        return new ObjectMapper().readTree(event);
    }
}
