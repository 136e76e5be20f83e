package io.telesim.simulator.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import io.telesim.engine.clock.SystemClock;
import io.telesim.simulator.web.ApiClient;
import io.telesim.simulator.web.WebFixture;

/**
 * {@code POST /admin/statements/bulk}: a snapshot of many numbers (account and statement head), then only what happened
 * to each after it, oldest first, so a load test audits a population against its own opening.
 */
class AdminBulkStatementsTest {

    @TempDir
    static Path data;
    private static WebFixture fixture;
    private static AdminClient admin;

    @BeforeAll
    static void start() throws Exception {
        fixture = WebFixture.start(3, data, new SystemClock());
        admin = AdminClient.of(fixture);
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    @Test
    void aSnapshotThenTheLinesSinceItNumberByNumber() throws Exception {
        long first = WebFixture.FIRST;
        long second = WebFixture.FIRST + 1;
        long stranger = 79_169_999_990L;
        JsonNode snapshot = bulk("{\"numbers\": [%d, %d, %d]}".formatted(first, second, stranger));

        JsonNode a = snapshot.get(0);
        assertTrue(a.get("found").asBoolean());
        assertTrue(a.get("head").asLong() >= 0, a.toString());
        assertEquals(a.get("balance").asLong(), a.get("headBalance").asLong(), "the newest line left the balance there is");
        assertFalse(a.has("rows"), "a snapshot has no lines");
        assertEquals("active", a.get("status").asText());
        assertFalse(a.get("tariffId").asText().isBlank());
        assertFalse(snapshot.get(2).get("found").asBoolean());
        assertEquals(-1, snapshot.get(2).get("head").asLong());

        long before = a.get("balance").asLong();
        ok(admin.post("/admin/commands", "{\"type\": \"top_up\", \"eventId\": 9001, \"msisdn\": %d, \"amount\": 1000}".formatted(first)));
        ok(admin.post("/admin/commands", "{\"type\": \"top_up\", \"eventId\": 9002, \"msisdn\": %d, \"amount\": 2000}".formatted(first)));
        JsonNode since = bulk("{\"numbers\": [%d, %d, %d], \"after\": [%d, %d, -1]}".formatted(first, second, stranger,
                a.get("head").asLong(), snapshot.get(1).get("head").asLong()));

        JsonNode rows = since.get(0).get("rows");
        assertEquals(2, rows.size(), rows.toString());
        assertEquals(9001, rows.get(0).get("eventId").asLong(), "oldest first");
        assertEquals(9002, rows.get(1).get("eventId").asLong());
        assertEquals(before + 3000, rows.get(1).get("balanceAfter").asLong());
        assertEquals(before + 3000, since.get(0).get("balance").asLong());
        assertEquals(rows.get(1).get("position").asLong(), since.get(0).get("head").asLong());
        assertEquals(0, since.get(1).get("rows").size(), "nothing happened to the second");
        JsonNode everything = bulk("{\"numbers\": [%d], \"after\": [-1]}".formatted(second)).get(0).get("rows");
        assertEquals("opening_balance", everything.get(0).get("kind").asText(), "-1: from the first line");
    }

    @Test
    void badRequestsAre400() throws Exception {
        assertEquals(400, admin.post("/admin/statements/bulk", "{\"numbers\": []}").status());
        assertEquals(400, admin.post("/admin/statements/bulk", "{}").status());
        assertEquals(400, admin.post("/admin/statements/bulk", "{\"numbers\": [1, 2], \"after\": [5]}").status());
        StringBuilder many = new StringBuilder("{\"numbers\": [");
        for (int i = 0; i <= BulkStatementsRequest.MAX; i++) {
            many.append(i == 0 ? "" : ",").append(WebFixture.FIRST);
        }
        ApiClient.Reply tooMany = admin.post("/admin/statements/bulk", many.append("]}").toString());
        assertEquals(400, tooMany.status(), tooMany.body());
        assertTrue(tooMany.json().get("error").asText().contains("1..1000"), tooMany.body());
    }

    private static JsonNode bulk(String body) throws Exception {
        ApiClient.Reply reply = admin.post("/admin/statements/bulk", body);
        assertEquals(200, reply.status(), reply.body());
        return reply.json().get("subscribers");
    }

    private static void ok(ApiClient.Reply reply) {
        assertEquals(200, reply.status(), reply.body());
    }
}
