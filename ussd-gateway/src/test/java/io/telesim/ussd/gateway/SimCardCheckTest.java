package io.telesim.ussd.gateway;

import static io.telesim.ussd.gateway.HandsetClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.telesim.billing.TestCatalogs;
import io.telesim.billing.TestTimes;
import io.telesim.billing.account.Iccid;
import io.telesim.billing.catalog.Catalog;
import io.telesim.billing.result.Outcome;
import io.telesim.engine.Command;
import io.telesim.engine.CommandType;
import io.telesim.engine.Engine;
import io.telesim.engine.EngineSettings;
import io.telesim.engine.NotificationSink;
import io.telesim.engine.clock.ManualClock;
import io.telesim.engine.handset.Handsets;
import io.telesim.ussd.route.UssdRoutes;
import io.telesim.ussd.testing.MenuService;

/** After a SIM replacement the old card stops working: a handset that names it gets no USSD session. */
class SimCardCheckTest {

    private static final long ANNA = 79_160_000_001L;
    private static final long NEW_CARD = Iccid.defaultOf(79_030_000_001L, 5);

    private final Catalog catalog = TestCatalogs.standard();
    private final Engine engine = Engine.inMemory(catalog, new ManualClock(TestTimes.MID_MARCH),
            EngineSettings.defaults().withMaxAccounts(100).withRingSize(1024), NotificationSink.NONE);
    private final UssdGateway gateway = UssdGateway.start(UssdSettings.defaults().withPort(0),
            new UssdRoutes().exact("*100#", new MenuService()), new Handsets(), SimCheck.of(engine));
    private final HandsetClient handset = new HandsetClient(gateway.port());

    @AfterEach
    void stop() {
        gateway.close();
        engine.close();
    }

    private void replaceSim() throws Exception {
        engine.call(new Command().set(CommandType.PROVISION, 1, ANNA).item(catalog.tariffIndex("go")).amount(10_000))
                .get(5, TimeUnit.SECONDS);
        assertEquals(Outcome.OK, engine.call(new Command().set(CommandType.REPLACE_SIM, 2, ANNA).amount(NEW_CARD))
                .get(5, TimeUnit.SECONDS).outcome());
    }

    private HttpResponse<String> dial(long iccid) {
        return handset.send("POST", "/ussd/sessions", "{\"msisdn\":\"79160000001\",\"code\":\"*100#\",\"iccid\":\"" + iccid + "\"}")
                .join();
    }

    @Test
    void shouldRefuseTheOldSimAndServeTheNewOne() throws Exception {
        replaceSim();

        JsonNode old = json(dial(Iccid.defaultOf(ANNA, 0)));
        assertEquals(SimCheck.NOT_REGISTERED, old.get("text").asText());
        assertTrue(old.get("end").asBoolean());

        JsonNode current = json(dial(NEW_CARD));
        assertEquals("Menu 79160000001\n1 Balance\n2 Bye", current.get("text").asText());
        assertFalse(current.get("end").asBoolean());

        JsonNode unnamed = json(handset.dial("79160000001", "*200#").join());
        assertEquals("Unknown code *200#", unnamed.get("text").asText(), "a handset that names no card is not checked");
    }

    @Test
    void shouldAnswer400ForSomethingThatIsNotAnIccid() {
        HttpResponse<String> bad = handset.send("POST", "/ussd/sessions",
                "{\"msisdn\":\"79160000001\",\"code\":\"*100#\",\"iccid\":\"12345\"}").join();

        assertEquals(400, bad.statusCode());
        assertEquals("'iccid' is a SIM card number: 19 digits starting with 89", json(bad).get("error").asText());

        long valid = Iccid.defaultOf(79160000001L, 0);
        String wrongCheckDigit = Long.toString(valid / 10 * 10 + (valid + 1) % 10);
        HttpResponse<String> mistyped = handset.send("POST", "/ussd/sessions",
                "{\"msisdn\":\"79160000001\",\"code\":\"*100#\",\"iccid\":\"" + wrongCheckDigit + "\"}").join();
        assertEquals(400, mistyped.statusCode());
        assertEquals("'iccid' " + wrongCheckDigit + " has a wrong check digit", json(mistyped).get("error").asText());
    }

    @Test
    void shouldRefuseTheOldSimsWebSocketWith403() throws Exception {
        replaceSim();
        HttpClient client = HttpClient.newHttpClient();
        String base = "ws://127.0.0.1:" + gateway.port() + "/ussd/handsets/79160000001?iccid=";

        CompletionException refused = org.junit.jupiter.api.Assertions.assertThrows(CompletionException.class, () -> client
                .newWebSocketBuilder().buildAsync(URI.create(base + Iccid.defaultOf(ANNA, 0)), new WebSocket.Listener() { }).join());
        assertTrue(refused.getCause() instanceof WebSocketHandshakeException, refused.toString());
        assertEquals(403, ((WebSocketHandshakeException) refused.getCause()).getResponse().statusCode());

        WebSocket socket = client.newWebSocketBuilder().buildAsync(URI.create(base + NEW_CARD), new WebSocket.Listener() { })
                .get(5, TimeUnit.SECONDS);
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").get(5, TimeUnit.SECONDS);
    }
}
