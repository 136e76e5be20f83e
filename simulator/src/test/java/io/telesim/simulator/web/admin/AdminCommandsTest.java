package io.telesim.simulator.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import io.telesim.engine.clock.SystemClock;
import io.telesim.simulator.web.ApiClient;
import io.telesim.simulator.web.WebFixture;

/**
 * {@code POST /admin/commands}: engine commands with the engine's own fields, answered with the whole reply, idempotent
 * by event id; the operator's own commands are refused. Subscribers are on the per-second tariff (no fee, no bundles):
 * an SMS on-net is 1.90 ₽, a call on-net 1.50 ₽ a minute.
 */
class AdminCommandsTest {

    @TempDir
    static Path data;
    private static WebFixture fixture;
    private static AdminClient admin;
    private static final AtomicLong NEXT_NUMBER = new AtomicLong(79_165_000_001L);
    private static final AtomicLong NEXT_EVENT = new AtomicLong(5_000);

    @BeforeAll
    static void start() throws Exception {
        fixture = WebFixture.start(1, data, new SystemClock());
        admin = AdminClient.of(fixture);
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    @Test
    void aTopUpSentTwiceWithOneEventIdIsCreditedOnce() throws Exception {
        long number = subscriber(10_000);
        String topUp = command("top_up", NEXT_EVENT.incrementAndGet(), number, ", \"amount\": 5000");

        ApiClient.Reply first = admin.post("/admin/commands", topUp);
        ApiClient.Reply retry = admin.post("/admin/commands", topUp);

        assertEquals(200, first.status(), first.body());
        assertEquals("ok", first.json().get("outcome").asText());
        assertEquals(15_000, first.json().get("balance").asLong());
        assertEquals("active", first.json().get("status").asText());
        assertFalse(first.json().get("duplicate").asBoolean());
        assertEquals(200, retry.status());
        assertTrue(retry.json().get("duplicate").asBoolean());
        assertEquals(15_000, account(number).get("balance").asLong(), "credited once");
    }

    @Test
    void aCallChargedOnlineAnswersGrantsAndTheChargeUnderTheCommandIdItsStatementLineCarries() throws Exception {
        long number = subscriber(100_000);
        long session = 77;
        JsonNode reserve = ok(admin.post("/admin/commands", command("reserve", NEXT_EVENT.incrementAndGet(), number,
                ", \"sessionId\": %d, \"item\": 0, \"other\": %d, \"amount\": 60".formatted(session, WebFixture.FIRST))));
        assertEquals(60, reserve.get("grantedUnits").asLong());
        assertEquals("on_net", reserve.get("destination").asText());

        JsonNode update = ok(admin.post("/admin/commands", command("update", NEXT_EVENT.incrementAndGet(), number,
                ", \"sessionId\": %d, \"amount\": 60, \"amount2\": 60".formatted(session))));
        assertEquals(120, update.get("grantedUnits").asLong());
        long commitEvent = NEXT_EVENT.incrementAndGet();
        JsonNode commit = ok(admin.post("/admin/commands", command("commit", commitEvent, number,
                ", \"sessionId\": %d, \"amount\": 90".formatted(session))));

        assertEquals(225, commit.get("charged").asLong(), "90 s on-net at 1.50 a minute");
        assertEquals(100_000 - 225, commit.get("balance").asLong());
        assertEquals(commitEvent, commit.get("eventId").asLong());
        JsonNode row = admin.get("/admin/subscribers/" + number + "/statement").json().get("rows").get(0);
        assertEquals("voice", row.get("kind").asText());
        assertEquals(commit.get("commandId").asLong(), row.get("commandId").asLong());
        assertEquals(-225, row.get("money").asLong());
    }

    @Test
    void refusalsComeWithTheEngineAnswerAndTheirCode() throws Exception {
        long number = subscriber(0);
        ApiClient.Reply poor = admin.post("/admin/commands", command("reserve", NEXT_EVENT.incrementAndGet(), number,
                ", \"sessionId\": 9, \"item\": 0, \"other\": 74951234567, \"amount\": 60"));
        ApiClient.Reply unknown = admin.post("/admin/commands", command("top_up", NEXT_EVENT.incrementAndGet(), 79_169_999_991L,
                ", \"amount\": 100"));

        assertEquals(409, poor.status(), poor.body());
        assertEquals("insufficient_funds", poor.json().get("code").asText());
        assertEquals("insufficient_funds", poor.json().get("outcome").asText());
        assertFalse(poor.json().get("error").asText().isBlank());
        assertEquals(404, unknown.status(), unknown.body());
        assertEquals("unknown_subscriber", unknown.json().get("code").asText());
    }

    @Test
    void theOperatorsOwnCommandsAndCatalogIndexesAreRefusedAs400() throws Exception {
        for (String type : new String[] {"read", "query", "daily_sweep", "expire_gift", "provision", "change_tariff", "buy_add_on",
                "no_such_command", ""}) {
            ApiClient.Reply reply = admin.post("/admin/commands", command(type, NEXT_EVENT.incrementAndGet(), WebFixture.FIRST, ""));
            assertEquals(400, reply.status(), type + ": " + reply.body());
            assertEquals("bad_request", reply.json().get("code").asText());
            assertTrue(reply.json().get("error").asText().contains("top_up"), "lists what is allowed: " + reply.body());
        }
        ApiClient.Reply smsSession = admin.post("/admin/commands", command("reserve", NEXT_EVENT.incrementAndGet(), WebFixture.FIRST,
                ", \"item\": 1, \"sessionId\": 5, \"amount\": 60"));
        assertEquals(400, smsSession.status(), "a session is a call or data: " + smsSession.body());
        assertEquals(400, admin.post("/admin/commands", command("top_up", 0, WebFixture.FIRST, ", \"amount\": 100")).status(),
                "an event id is needed");
        assertEquals(400, admin.post("/admin/commands", command("top_up", NEXT_EVENT.incrementAndGet(), 0, ", \"amount\": 100")).status());
    }

    @Test
    void withoutTheTokenItIs401() throws Exception {
        ApiClient.Reply reply = new AdminClient(fixture, "wrong-token").post("/admin/commands",
                command("top_up", NEXT_EVENT.incrementAndGet(), WebFixture.FIRST, ", \"amount\": 100"));
        assertEquals(401, reply.status());
    }

    private static String command(String type, long eventId, long msisdn, String rest) {
        return "{\"type\": \"%s\", \"eventId\": %d, \"msisdn\": %d%s}".formatted(type, eventId, msisdn, rest);
    }

    /** A new subscriber on the per-second tariff with {@code balance} kopecks. */
    private static long subscriber(long balance) throws Exception {
        long number = NEXT_NUMBER.getAndIncrement();
        ApiClient.Reply reply = admin.post("/admin/subscribers", "{\"subscribers\":[{\"number\":\"%d\",\"tariff\":\"payg\",\"balance\":%d}]}"
                .formatted(number, balance));
        assertEquals(1, reply.json().get("created").asInt(), reply.body());
        return number;
    }

    private static JsonNode account(long number) throws Exception {
        return admin.get("/admin/subscribers/" + number).json();
    }

    private static JsonNode ok(ApiClient.Reply reply) {
        assertEquals(200, reply.status(), reply.body());
        assertEquals("ok", reply.json().get("outcome").asText());
        return reply.json();
    }
}
