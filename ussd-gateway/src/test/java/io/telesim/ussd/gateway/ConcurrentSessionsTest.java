package io.telesim.ussd.gateway;

import static io.telesim.ussd.gateway.HandsetClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.telesim.engine.handset.Handsets;
import io.telesim.ussd.app.UssdEnd;
import io.telesim.ussd.route.UssdRoutes;
import io.telesim.ussd.testing.MenuService;

class ConcurrentSessionsTest {

    private static final int HANDSETS = 1_000;

    private final MenuService menu = new MenuService();
    private final UssdGateway gateway = UssdGateway.start(UssdSettings.defaults().withPort(0),
            new UssdRoutes().exact("*100#", menu), new Handsets());
    private final HandsetClient client = new HandsetClient(gateway.port());

    @AfterEach
    void stop() {
        gateway.close();
    }

    @Test
    void aThousandNumbersEachDialReplyTwiceAndHangUpAndEveryScreenIsTheirs() throws Exception {
        List<CompletableFuture<String>> conversations = new ArrayList<>();
        for (int i = 0; i < HANDSETS; i++) {
            conversations.add(converse(Long.toString(79_160_000_000L + i)));
        }
        CompletableFuture.allOf(conversations.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
        for (int i = 0; i < HANDSETS; i++) {
            assertEquals("ok", conversations.get(i).join(), "number " + i);
        }
        assertEquals(HANDSETS * 2, menu.inputs.size());
        assertEquals(HANDSETS, menu.ends.stream().filter(UssdEnd.USER::equals).count());
        assertEquals(0, gateway.sessions().openSessions());
    }

    /** Dial, "1", "7", hang up; "ok" when every answer was the one this number should get. */
    private CompletableFuture<String> converse(String msisdn) {
        return client.dial(msisdn, "*100#").thenCompose(dial -> {
            JsonNode menuScreen = json(dial);
            String id = menuScreen.get("sessionId").asText();
            expect(menuScreen, "Menu " + msisdn + "\n1 Balance\n2 Bye");
            return client.reply(id, "1")
                    .thenCompose(balance -> {
                        expect(json(balance), "Balance of " + msisdn + ": 100 RUB");
                        return client.reply(id, "7");
                    })
                    .thenCompose(echo -> {
                        expect(json(echo), "You said 7");
                        return client.hangUp(id);
                    })
                    .thenApply(hangUp -> hangUp.statusCode() == 204 ? "ok" : "hang-up answered " + hangUp.statusCode());
        });
    }

    private static void expect(JsonNode screen, String text) {
        if (!screen.get("text").asText().equals(text) || screen.get("end").asBoolean()) {
            throw new AssertionError("expected '" + text + "', got " + screen);
        }
    }
}
