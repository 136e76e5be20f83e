package io.telesim.simulator.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.telesim.simulator.web.ApiClient;
import io.telesim.simulator.web.WebFixture;

/** {@code /admin/health}: 200 with the engine's counters while it answers, 503 once it does not. */
class AdminHealthTest {

    @Test
    void aRunningOperatorIsHealthyAndStoppedEngineIsNot() throws Exception {
        try (WebFixture fixture = WebFixture.start(3)) {
            AdminClient admin = AdminClient.of(fixture);
            ApiClient.Reply healthy = admin.get("/admin/health");

            assertEquals(200, healthy.status(), healthy.body());
            JsonNode health = healthy.json();
            assertEquals("ok", health.get("status").asText());
            assertEquals(0, health.get("problems").size());
            assertEquals(3, health.get("subscribers").asLong());
            assertEquals(65_536, health.at("/engine/ringCapacity").asInt());
            assertTrue(health.at("/engine/replied").asLong() >= 3, "at least the provisioning");
            assertTrue(health.get("uptimeMillis").asLong() >= 0);
            assertFalse(health.at("/versions/telesim").asText().isBlank());
            assertEquals(Runtime.version().toString(), health.at("/versions/java").asText());
            assertFalse(health.at("/clock/simulated").asBoolean());

            fixture.operator().engine().close();
            ApiClient.Reply stopped = admin.get("/admin/health");

            assertEquals(503, stopped.status(), stopped.body());
            assertEquals("unhealthy", stopped.json().get("status").asText());
            assertEquals("the engine is stopping", stopped.json().at("/problems/0").asText());
            assertEquals(-1, stopped.json().get("subscribers").asLong());
        }
    }
}
