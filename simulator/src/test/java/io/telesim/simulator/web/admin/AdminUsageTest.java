package io.telesim.simulator.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
 * Usage injected as a network element would, on an operator with a data directory (so it keeps statements):
 * one-shot CDRs, idempotent retries, online sessions, and the statement that results. Subscribers are on the
 * per-second tariff (no fee, no bundles): an SMS on-net is 1.90 ₽, a call on-net 1.50 ₽ a minute.
 */
class AdminUsageTest {

    @TempDir
    static Path data;
    private static WebFixture fixture;
    private static AdminClient admin;
    private static final AtomicLong NEXT_NUMBER = new AtomicLong(79_164_000_001L);
    private static final AtomicLong NEXT_EVENT = new AtomicLong(1_000);
    /** 25 MB: a whole number of both megabytes (the price) and 100 KB steps (the rounding). */
    private static final long MEGABYTES_25 = 25L << 20;

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
    void theSameEventIdTwiceIsChargedOnce() throws Exception {
        long number = subscriber(10_000);
        String sms = "{\"eventId\": %d, \"number\": \"%d\", \"to\": \"%d\"}".formatted(NEXT_EVENT.incrementAndGet(), number, WebFixture.FIRST);

        JsonNode first = ok(admin.post("/admin/usage/sms", sms));
        JsonNode retry = ok(admin.post("/admin/usage/sms", sms));

        assertEquals(190, first.get("charged").asLong());
        assertEquals(10_000 - 190, first.get("balance").asLong());
        assertFalse(first.get("duplicate").asBoolean());
        assertTrue(retry.get("duplicate").asBoolean());
        assertEquals(first.get("balance").asLong(), retry.get("balance").asLong());
        assertEquals(10_000 - 190, admin.get("/admin/subscribers/" + number).json().get("balance").asLong(), "charged once");
    }

    @Test
    void anEventIdUsedForAnotherCommandOrNumberIs409() throws Exception {
        long number = subscriber(10_000);
        long event = NEXT_EVENT.incrementAndGet();
        ok(admin.post("/admin/usage/sms", "{\"eventId\": %d, \"number\": \"%d\", \"to\": \"100\"}".formatted(event, number)));

        ApiClient.Reply asCall = admin.post("/admin/usage/call", "{\"eventId\": %d, \"number\": \"%d\", \"to\": \"%d\", \"seconds\": 60}"
                .formatted(event, number, WebFixture.FIRST));
        ApiClient.Reply otherNumber = admin.post("/admin/usage/sms", "{\"eventId\": %d, \"number\": \"%d\", \"to\": \"100\"}"
                .formatted(event, WebFixture.FIRST));

        assertEquals(409, asCall.status());
        assertEquals("event_id_reused", asCall.json().get("code").asText());
        assertEquals(409, otherNumber.status());
    }

    @Test
    void callAndDataRecordsAreRatedAndTheStatementListsEveryCharge() throws Exception {
        long number = subscriber(50_000);
        long smsEvent = NEXT_EVENT.incrementAndGet();
        long callEvent = NEXT_EVENT.incrementAndGet();
        long dataEvent = NEXT_EVENT.incrementAndGet();
        ok(admin.post("/admin/usage/sms", "{\"eventId\": %d, \"number\": \"%d\", \"to\": \"+7 916 100-00-01\", \"segments\": 2}"
                .formatted(smsEvent, number)));
        JsonNode call = ok(admin.post("/admin/usage/call", "{\"eventId\": %d, \"number\": \"%d\", \"to\": \"%d\", \"seconds\": 60}"
                .formatted(callEvent, number, WebFixture.FIRST)));
        JsonNode dataSession = ok(admin.post("/admin/usage/data", "{\"eventId\": %d, \"number\": \"%d\", \"bytes\": %d}"
                .formatted(dataEvent, number, MEGABYTES_25)));

        assertEquals(150, call.get("charged").asLong());
        assertEquals("on_net", call.get("destination").asText());
        assertEquals(60, call.get("usedUnits").asLong());
        assertEquals(25 * 990, dataSession.get("charged").asLong(), "25 MB at 9.90 ₽");
        long balance = 50_000 - 2 * 190 - 150 - 25 * 990;
        assertEquals(balance, dataSession.get("balance").asLong());

        List<JsonNode> rows = statement(number, "");
        List<String> kinds = rows.stream().map(row -> row.get("kind").asText()).toList();
        assertEquals(List.of("data", "voice", "sms", "opening_balance"), kinds, "newest first: " + rows);
        assertEquals(-25 * 990, rows.get(0).get("money").asLong());
        assertEquals(dataEvent, rows.get(0).get("eventId").asLong(), "the caller's event id");
        assertEquals(callEvent, rows.get(1).get("eventId").asLong());
        assertTrue(rows.get(3).get("eventId").isNull(), "provisioned with a web command id");
        assertEquals(balance, rows.get(0).get("balanceAfter").asLong());
        assertEquals(-150, rows.get(1).get("money").asLong());
        assertEquals(Long.toString(WebFixture.FIRST), rows.get(1).get("party").asText());
        assertEquals(2, rows.get(2).get("usedUnits").asLong(), "two segments");
        assertEquals(50_000, rows.get(3).get("money").asLong());

        List<JsonNode> paged = statement(number, "&limit=1");
        assertEquals(kinds, paged.stream().map(row -> row.get("kind").asText()).toList(), "the same lines a page at a time");
        assertTrue(statementPage(number, "?from=" + (System.currentTimeMillis() + 60_000)).get("rows").isEmpty());
    }

    @Test
    void aSessionReservesUpdatesAndCommitsWhatWasUsed() throws Exception {
        long number = subscriber(30_000);
        long session = 77_000_000L + NEXT_EVENT.incrementAndGet();
        JsonNode reserved = ok(admin.post("/admin/sessions", ("{\"eventId\": %d, \"number\": \"%d\", \"kind\": \"call\", \"to\": \"%d\", "
                + "\"requested\": 120, \"sessionId\": %d}").formatted(NEXT_EVENT.incrementAndGet(), number, WebFixture.FIRST, session)));
        assertEquals(120, reserved.get("grantedUnits").asLong());
        assertEquals(session, reserved.get("sessionId").asLong());
        assertEquals(1, admin.get("/admin/subscribers/" + number).json().get("openSessions").asInt());

        JsonNode updated = ok(admin.post("/admin/sessions/" + session + "/update", "{\"eventId\": %d, \"used\": 100, \"requested\": 60}"
                .formatted(NEXT_EVENT.incrementAndGet())));
        assertEquals(160, updated.get("grantedUnits").asLong());

        long commitEvent = NEXT_EVENT.incrementAndGet();
        String commit = "{\"eventId\": %d, \"number\": \"%d\", \"used\": 150}".formatted(commitEvent, number);
        JsonNode committed = ok(admin.post("/admin/sessions/" + session + "/commit", commit));
        JsonNode again = ok(admin.post("/admin/sessions/" + session + "/commit", commit));

        assertEquals(375, committed.get("charged").asLong(), "150 s at 1.50 ₽ a minute");
        assertEquals(30_000 - 375, committed.get("balance").asLong());
        assertTrue(again.get("duplicate").asBoolean(), "a repeated commit is answered, not charged");
        JsonNode account = admin.get("/admin/subscribers/" + number).json();
        assertEquals(30_000 - 375, account.get("balance").asLong());
        assertEquals(0, account.get("openSessions").asInt());
        ApiClient.Reply gone = admin.post("/admin/sessions/" + session + "/release", "{\"eventId\": %d}".formatted(NEXT_EVENT.incrementAndGet()));
        assertEquals(404, gone.status(), gone.body());
        assertEquals("reservation_unknown", gone.json().get("code").asText());
    }

    @Test
    void aDataSessionReleasedChargesWhatWasLastReported() throws Exception {
        long number = subscriber(100_000);
        long session = 88_000_000L + NEXT_EVENT.incrementAndGet();
        ok(admin.post("/admin/sessions", "{\"eventId\": %d, \"number\": \"%d\", \"kind\": \"data\", \"requested\": %d, \"sessionId\": %d}"
                .formatted(NEXT_EVENT.incrementAndGet(), number, 2 * MEGABYTES_25, session)));
        ok(admin.post("/admin/sessions/" + session + "/update", "{\"eventId\": %d, \"number\": \"%d\", \"used\": %d, \"requested\": 0}"
                .formatted(NEXT_EVENT.incrementAndGet(), number, MEGABYTES_25)));

        JsonNode released = ok(admin.post("/admin/sessions/" + session + "/release", "{\"eventId\": %d}".formatted(NEXT_EVENT.incrementAndGet())));

        assertEquals(25 * 990, released.get("charged").asLong());
        assertEquals(100_000 - 25 * 990, released.get("balance").asLong());
    }

    @Test
    void refusalsCarryTheEnginesOutcome() throws Exception {
        long poor = subscriber(50);
        ApiClient.Reply call = admin.post("/admin/sessions", "{\"eventId\": %d, \"number\": \"%d\", \"kind\": \"call\", \"to\": \"+44 20 7123 4567\", \"requested\": 60}"
                .formatted(NEXT_EVENT.incrementAndGet(), poor));
        assertEquals(409, call.status(), call.body());
        assertEquals("insufficient_funds", call.json().get("code").asText());
        assertEquals("insufficient_funds", call.json().get("outcome").asText());
        assertEquals(50, call.json().get("balance").asLong());

        ApiClient.Reply stranger = admin.post("/admin/usage/sms", "{\"eventId\": %d, \"number\": \"79169999998\", \"to\": \"100\"}"
                .formatted(NEXT_EVENT.incrementAndGet()));
        assertEquals(404, stranger.status(), stranger.body());
        assertEquals(400, admin.post("/admin/usage/sms", "{\"eventId\": 0, \"number\": \"%d\", \"to\": \"100\"}".formatted(poor)).status());
        assertEquals(400, admin.post("/admin/usage/call", "{\"eventId\": %d, \"number\": \"%d\", \"to\": \"x\", \"seconds\": 5}"
                .formatted(NEXT_EVENT.incrementAndGet(), poor)).status());
        assertEquals(400, admin.post("/admin/sessions", "{\"eventId\": %d, \"number\": \"%d\", \"kind\": \"fax\", \"requested\": 5}"
                .formatted(NEXT_EVENT.incrementAndGet(), poor)).status());
        assertEquals(400, admin.post("/admin/sessions/abc/commit", "{\"eventId\": 5, \"used\": 1}").status());
    }

    @Test
    void aStatementOfAnUnknownNumberIs404AndABadCursorIs400() throws Exception {
        assertEquals(404, admin.get("/admin/subscribers/79169999997/statement").status());
        assertEquals(400, admin.get("/admin/subscribers/" + WebFixture.FIRST + "/statement?cursor=123456789").status());
        assertEquals(400, admin.get("/admin/subscribers/" + WebFixture.FIRST + "/statement?from=yesterday").status());
        assertEquals(400, admin.get("/admin/subscribers/" + WebFixture.FIRST + "/statement?limit=0").status());
    }

    /** A new subscriber on the per-second tariff with {@code balance} kopecks. */
    private static long subscriber(long balance) throws Exception {
        long number = NEXT_NUMBER.getAndIncrement();
        ApiClient.Reply reply = admin.post("/admin/subscribers", "{\"subscribers\":[{\"number\":\"%d\",\"tariff\":\"payg\",\"balance\":%d}]}"
                .formatted(number, balance));
        assertEquals(1, reply.json().get("created").asInt(), reply.body());
        return number;
    }

    private static JsonNode ok(ApiClient.Reply reply) {
        assertEquals(200, reply.status(), reply.body());
        assertEquals("ok", reply.json().get("outcome").asText());
        return reply.json();
    }

    /** Every row of the statement, following the cursors. */
    private static List<JsonNode> statement(long number, String query) throws Exception {
        List<JsonNode> rows = new ArrayList<>();
        JsonNode page = statementPage(number, "?" + query);
        while (true) {
            page.get("rows").forEach(rows::add);
            if (page.get("nextCursor").isNull()) {
                return rows;
            }
            page = statementPage(number, "?cursor=" + page.get("nextCursor").asLong() + query);
        }
    }

    private static JsonNode statementPage(long number, String query) throws Exception {
        ApiClient.Reply reply = admin.get("/admin/subscribers/" + number + "/statement" + query);
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }
}
