package io.telesim.simulator.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.telesim.engine.clock.SimulatedClock;
import io.telesim.simulator.web.ApiClient;
import io.telesim.simulator.web.WebFixture;

/** The clock: moved forward and sped up on a simulated clock, refused on the real one. */
class AdminClockTest {

    private static final long DAY = 86_400_000L;

    @Test
    void aSimulatedClockMovesForwardAndTheEngineStampsItsTime() throws Exception {
        long start = Instant.parse("2026-11-02T09:00:00Z").toEpochMilli();
        try (WebFixture fixture = WebFixture.start(1, null, new SimulatedClock(start, 1.0))) {
            AdminClient admin = AdminClient.of(fixture);
            JsonNode clock = ok(admin.get("/admin/clock"));
            assertTrue(clock.get("simulated").asBoolean());
            assertEquals(1.0, clock.get("speed").asDouble());
            assertTrue(clock.get("now").asLong() >= start && clock.get("now").asLong() < start + DAY);

            JsonNode advanced = ok(admin.post("/admin/clock/advance", "{\"days\": 40}"));
            assertTrue(advanced.get("now").asLong() >= start + 40 * DAY);
            assertTrue(advanced.get("nowText").asText().startsWith("2026-12-12T"), advanced.get("nowText").asText());
            JsonNode sms = ok(admin.post("/admin/usage/sms", "{\"eventId\": 1, \"number\": \"%d\", \"to\": \"100\"}".formatted(WebFixture.FIRST)));
            assertTrue(sms.get("time").asLong() >= start + 40 * DAY, "the engine runs on the moved clock");

            long before = ok(admin.post("/admin/clock/advance", "{\"millis\": 1000}")).get("now").asLong();
            JsonNode faster = ok(admin.post("/admin/clock/speed", "{\"speed\": 1000}"));
            assertEquals(1000.0, faster.get("speed").asDouble());
            Thread.sleep(50);
            assertTrue(ok(admin.get("/admin/clock")).get("now").asLong() - before >= 40_000, "50 ms at 1000x");

            assertEquals(400, admin.post("/admin/clock/advance", "{\"days\": -1}").status());
            assertEquals(400, admin.post("/admin/clock/advance", "{\"days\": 1, \"millis\": 5}").status());
            assertEquals(400, admin.post("/admin/clock/advance", "{}").status());
            assertEquals(400, admin.post("/admin/clock/speed", "{\"speed\": 0}").status());
        }
    }

    @Test
    void theRealClockCannotBeMovedOrSpedUp() throws Exception {
        try (WebFixture fixture = WebFixture.start(1)) {
            AdminClient admin = AdminClient.of(fixture);
            JsonNode clock = ok(admin.get("/admin/clock"));
            assertFalse(clock.get("simulated").asBoolean());
            assertTrue(Math.abs(clock.get("now").asLong() - System.currentTimeMillis()) < 60_000);

            for (ApiClient.Reply reply : new ApiClient.Reply[] {admin.post("/admin/clock/advance", "{\"days\": 1}"),
                    admin.post("/admin/clock/speed", "{\"speed\": 10}")}) {
                assertEquals(409, reply.status());
                assertEquals("the operator runs on the real clock", reply.json().get("error").asText());
            }
        }
    }

    private static JsonNode ok(ApiClient.Reply reply) {
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }
}
