package io.telesim.simulator.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.telesim.simulator.web.ApiClient;
import io.telesim.simulator.web.WebFixture;

/** Handset inboxes and switching handsets off and on (store and forward), and the e-mail outbox. */
class AdminHandsetsTest {

    private static WebFixture fixture;
    private static AdminClient admin;

    @BeforeAll
    static void start() throws Exception {
        fixture = WebFixture.start(3);
        admin = AdminClient.of(fixture);
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    @Test
    void theInboxShowsAnSmsNewestFirst() throws Exception {
        long number = WebFixture.FIRST;
        fixture.operator().senders().sendFrom("Telesim", number, "first");
        fixture.operator().senders().sendFrom("Telesim", number, "second");
        fixture.awaitSms(number, "Telesim", fixture.lastSmsId(number) - 1);

        JsonNode inbox = ok(admin.get("/admin/handsets/" + number + "/inbox"));

        assertTrue(inbox.get("switchedOn").asBoolean());
        assertEquals("second", inbox.at("/messages/0/text").asText());
        assertEquals("first", inbox.at("/messages/1/text").asText());
        assertEquals("Telesim", inbox.at("/messages/0/sender").asText());
        assertEquals(1, ok(admin.get("/admin/handsets/" + number + "/inbox?limit=1")).get("messages").size());
    }

    @Test
    void aSwitchedOffHandsetGetsItsSmsWhenSwitchedOn() throws Exception {
        long number = WebFixture.FIRST + 1;
        long before = fixture.lastSmsId(number);
        assertFalse(ok(admin.post("/admin/handsets/" + number + "/switch-off", null)).get("switchedOn").asBoolean());

        fixture.operator().senders().sendFrom("Telesim", number, "waiting for you");
        Thread.sleep(300);
        JsonNode off = ok(admin.get("/admin/handsets/" + number + "/inbox"));
        assertFalse(off.get("switchedOn").asBoolean());
        assertEquals(before, fixture.lastSmsId(number), "nothing delivered while off");

        assertTrue(ok(admin.post("/admin/handsets/" + number + "/switch-on", null)).get("switchedOn").asBoolean());
        assertEquals("waiting for you", fixture.awaitSms(number, "Telesim", before).text());
        assertEquals("waiting for you", ok(admin.get("/admin/handsets/" + number + "/inbox")).at("/messages/0/text").asText());
    }

    @Test
    void aBadNumberIs400() throws Exception {
        assertEquals(400, admin.get("/admin/handsets/12/inbox").status());
        assertEquals(400, admin.post("/admin/handsets/abc/switch-off", null).status());
    }

    @Test
    void theOutboxOfAnOperatorWithoutMailIsEmpty() throws Exception {
        assertEquals(0, ok(admin.get("/admin/outbox")).get("messages").size());
        assertEquals(404, admin.get("/admin/outbox/m-1").status());
        assertEquals(400, admin.get("/admin/outbox?limit=0").status());
    }

    private static JsonNode ok(ApiClient.Reply reply) {
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }
}
