package io.telesim.ussd.gateway;

import static io.telesim.ussd.gateway.HandsetClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.telesim.engine.handset.Handsets;
import io.telesim.ussd.app.UssdEnd;
import io.telesim.ussd.route.UssdRoutes;
import io.telesim.ussd.testing.MenuService;

class UssdGatewayHttpTest {

    private final MenuService menu = new MenuService();
    private final Handsets handsets = new Handsets();
    private final UssdGateway gateway = UssdGateway.start(UssdSettings.defaults().withPort(0),
            new UssdRoutes().exact("*100#", menu), handsets);
    private final HandsetClient handset = new HandsetClient(gateway.port());

    @AfterEach
    void stop() {
        gateway.close();
    }

    @Test
    void aHandsetDialsRepliesAndHangsUp() {
        HttpResponse<String> dial = handset.dial("+7 916 000-00-01", "*100#").join();
        assertEquals(200, dial.statusCode());
        assertEquals("application/json", dial.headers().firstValue("Content-Type").orElseThrow());
        JsonNode first = json(dial);
        String id = first.get("sessionId").asText();
        assertEquals("Menu 79160000001\n1 Balance\n2 Bye", first.get("text").asText());
        assertFalse(first.get("end").asBoolean());

        JsonNode balance = json(handset.reply(id, "1").join());
        assertEquals("Balance of 79160000001: 100 RUB", balance.get("text").asText());
        assertEquals(id, balance.get("sessionId").asText());

        assertEquals(204, handset.hangUp(id).join().statusCode());
        assertEquals(List.of(UssdEnd.USER), menu.ends);
        assertEquals(404, handset.reply(id, "1").join().statusCode());
        assertEquals(404, handset.hangUp(id).join().statusCode());
    }

    @Test
    void theServicesLastScreenEndsTheSession() {
        String id = json(handset.dial("79160000001", "*100#").join()).get("sessionId").asText();
        JsonNode last = json(handset.reply(id, "2").join());
        assertEquals("Bye", last.get("text").asText());
        assertTrue(last.get("end").asBoolean());
        HttpResponse<String> after = handset.reply(id, "1").join();
        assertEquals(404, after.statusCode());
        assertTrue(json(after).get("error").asText().contains(id));
    }

    @Test
    void anUnknownCodeIsAnsweredWithALastScreen() {
        JsonNode answer = json(handset.dial("79160000001", "*999#").join());
        assertEquals("Unknown code *999#", answer.get("text").asText());
        assertTrue(answer.get("end").asBoolean());
    }

    @Test
    void badRequestsAreAnswered400WithTheReason() {
        HttpResponse<String> badJson = handset.send("POST", "/ussd/sessions", "{\"msisdn\": ").join();
        assertEquals(400, badJson.statusCode());
        assertEquals("the body is not valid JSON", json(badJson).get("error").asText());

        HttpResponse<String> badNumber = handset.dial("12345", "*100#").join();
        assertEquals(400, badNumber.statusCode());
        assertTrue(json(badNumber).get("error").asText().contains("not a Russian number"));

        HttpResponse<String> noCode = handset.send("POST", "/ussd/sessions", "{\"msisdn\":\"79160000001\"}").join();
        assertEquals(400, noCode.statusCode());
        assertEquals("'code' is required, as a string", json(noCode).get("error").asText());

        assertEquals(400, handset.send("POST", "/ussd/sessions", "[1, 2]").join().statusCode());
        assertEquals(400, handset.send("GET", "/ussd/handsets/not-a-number/inbox", null).join().statusCode());
    }

    @Test
    void wrongPathsAre404AndWrongMethods405() {
        assertEquals(404, handset.send("GET", "/", null).join().statusCode());
        assertEquals(404, handset.send("POST", "/ussd/nothing", "{}").join().statusCode());
        assertEquals(404, handset.send("POST", "/ussd/sessions/x/y/z", "{}").join().statusCode());
        assertEquals(404, handset.reply("no-such-session", "1").join().statusCode());

        HttpResponse<String> get = handset.send("GET", "/ussd/sessions", null).join();
        assertEquals(405, get.statusCode());
        assertEquals("POST", get.headers().firstValue("Allow").orElseThrow());
        assertEquals(405, handset.send("GET", "/ussd/sessions/x/reply", null).join().statusCode());
        assertEquals(405, handset.send("POST", "/ussd/handsets/79160000001/inbox", "{}").join().statusCode());
        assertEquals(426, handset.send("GET", "/ussd/handsets/79160000001", null).join().statusCode());
    }

    @Test
    void theInboxListsTheNewestMessageFirst() {
        handsets.deliver(79_160_000_001L, "Telesim", "Welcome", 1_000);
        handsets.deliver(79_160_000_001L, "79160000002", "Hi there", 2_000);
        HttpResponse<String> inbox = handset.send("GET", "/ussd/handsets/79160000001/inbox", null).join();
        assertEquals(200, inbox.statusCode());
        JsonNode messages = json(inbox);
        assertEquals(2, messages.size());
        assertEquals("79160000002", messages.get(0).get("from").asText());
        assertEquals("Hi there", messages.get(0).get("text").asText());
        assertEquals(2_000, messages.get(0).get("time").asLong());
        assertEquals("Welcome", messages.get(1).get("text").asText());
        assertEquals("[]", handset.send("GET", "/ussd/handsets/79160000009/inbox", null).join().body());
    }
}
