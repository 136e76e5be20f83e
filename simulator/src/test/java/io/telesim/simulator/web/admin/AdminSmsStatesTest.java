package io.telesim.simulator.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.telesim.simulator.web.ApiClient;
import io.telesim.simulator.web.WebFixture;
import io.telesim.smpp.centre.SmsMessage;

/** {@code POST /admin/sms/bulk}: each message's state and payer by its id, and the SMS centre's totals. */
class AdminSmsStatesTest {

    private static WebFixture fixture;
    private static AdminClient admin;

    @BeforeAll
    static void start() throws Exception {
        fixture = WebFixture.start(2);
        admin = AdminClient.of(fixture);
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    @Test
    void aMessageFromAHandsetIsFoundWithItsStateAndItsSenderAsPayer() throws Exception {
        SmsMessage sent = fixture.operator().senders().sendFromHandset(WebFixture.FIRST, Long.toString(WebFixture.FIRST + 1), "hello");
        awaitFinal(sent);

        ApiClient.Reply reply = admin.post("/admin/sms/bulk", "{\"ids\": [\"%s\", \"0000000000000001\"]}".formatted(sent.messageId()));

        assertEquals(200, reply.status(), reply.body());
        JsonNode message = reply.json().get("messages").get(0);
        assertEquals(sent.messageId(), message.get("id").asText());
        assertTrue(message.get("found").asBoolean());
        assertEquals("delivered", message.get("state").asText());
        assertTrue(message.get("ended").asBoolean());
        assertEquals(WebFixture.FIRST, message.get("payer").asLong());
        assertFalse(reply.json().get("messages").get(1).get("found").asBoolean());
        JsonNode totals = reply.json();
        assertTrue(totals.get("accepted").asLong() >= 1);
        assertEquals(totals.get("accepted").asLong(), totals.get("finished").asLong() + totals.get("pending").asLong());
    }

    @Test
    void noIdsIs400() throws Exception {
        assertEquals(400, admin.post("/admin/sms/bulk", "{\"ids\": []}").status());
        assertEquals(400, admin.post("/admin/sms/bulk", "{}").status());
    }

    private static void awaitFinal(SmsMessage message) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!message.isFinal() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
    }
}
