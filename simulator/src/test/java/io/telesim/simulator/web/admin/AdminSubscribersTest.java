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

/** Provisioning and reading accounts through the admin API, on an operator in memory. */
class AdminSubscribersTest {

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
    void provisioningAnswersNumberByNumberCreatedAlreadyOrRefusedWithTheReason() throws Exception {
        ApiClient.Reply reply = admin.post("/admin/subscribers", """
                {"subscribers": [
                  {"number": "+7 916 200-00-01", "tariff": "smart", "balance": 100000, "creditLimit": 5000},
                  {"number": "%d"},
                  {"number": "8 916 200 00 02", "tariff": "no-such-tariff"},
                  {"number": "12345"},
                  {"number": "79032000003"},
                  {"number": "79162000004", "balance": -1}
                ]}""".formatted(WebFixture.FIRST));

        assertEquals(200, reply.status(), reply.body());
        JsonNode results = reply.json().get("results");
        assertEquals(6, results.size());
        assertResult(results.get(0), "79162000001", "created", null);
        assertResult(results.get(1), Long.toString(WebFixture.FIRST), "already_provisioned", null);
        assertResult(results.get(2), "79162000002", "refused", "unknown_tariff");
        assertResult(results.get(3), "12345", "refused", "invalid_number");
        assertResult(results.get(4), "79032000003", "refused", "invalid_number");
        assertResult(results.get(5), "79162000004", "refused", "invalid_amount");
        assertEquals("the amount is outside the allowed limits", results.get(5).get("reason").asText());
        assertEquals(1, reply.json().get("created").asInt());
        assertEquals(1, reply.json().get("alreadyProvisioned").asInt());
        assertEquals(4, reply.json().get("refused").asInt());

        assertEquals(404, admin.get("/admin/subscribers/79162000002").status(), "a refused number is not a subscriber");
        ApiClient.Reply again = admin.post("/admin/subscribers", "{\"subscribers\":[{\"number\":\"79162000001\"}]}");
        assertResult(again.json().get("results").get(0), "79162000001", "already_provisioned", null);
    }

    @Test
    void anAccountReadsInFullWithCatalogIdsAndKopecks() throws Exception {
        admin.post("/admin/subscribers", "{\"subscribers\":[{\"number\":\"79163000001\",\"tariff\":\"smart\",\"balance\":123456,"
                + "\"creditLimit\":20000}]}");

        ApiClient.Reply reply = admin.get("/admin/subscribers/+79163000001");

        assertEquals(200, reply.status(), reply.body());
        JsonNode account = reply.json();
        assertEquals(79_163_000_001L, account.get("number").asLong());
        assertEquals("active", account.get("status").asText());
        assertEquals("smart", account.get("tariffId").asText());
        assertEquals("Smart", account.get("tariffName").asText());
        assertEquals("Moscow", account.get("region").asText());
        assertEquals(20_000, account.get("creditLimit").asLong());
        long balance = account.get("balance").asLong();
        assertTrue(balance < 123_456 && balance >= 123_456 - 55_000, "the opening balance less this month's share of the fee: " + balance);
        assertTrue(account.get("balanceText").asText().startsWith(balance / 100 + "."), account.get("balanceText").asText());
        long voice = account.at("/bundles/voiceSecondsLeft").asLong();
        long sms = account.at("/bundles/smsLeft").asLong();
        assertTrue(voice > 0 && voice <= 500 * 60, "up to the month's 500 minutes (the days left of it): " + voice);
        assertTrue(sms > 0 && sms <= 500, "up to the month's 500 SMS: " + sms);
        assertTrue(account.get("services").isArray());
        assertTrue(account.get("addOns").isArray());
        assertTrue(account.get("forwarding").isObject());
        assertTrue(account.get("promised").isNull());
        assertTrue(account.get("family").isNull());
        assertFalse(account.get("homeInternet").asBoolean());
        assertTrue(account.get("createdAt").asLong() > 0);
    }

    @Test
    void anUnknownSubscriberIs404AndAnEmptyListIs400() throws Exception {
        ApiClient.Reply unknown = admin.get("/admin/subscribers/79169999999");
        assertEquals(404, unknown.status());
        assertEquals("not_found", unknown.json().get("code").asText());
        assertEquals(400, admin.post("/admin/subscribers", "{\"subscribers\":[]}").status());
        assertEquals(400, admin.post("/admin/subscribers", "{}").status());
    }

    @Test
    void statementsAreUnavailableOnAnOperatorInMemory() throws Exception {
        ApiClient.Reply reply = admin.get("/admin/subscribers/" + WebFixture.FIRST + "/statement");
        assertEquals(409, reply.status());
        assertEquals("statements_unavailable", reply.json().get("code").asText());
    }

    private static void assertResult(JsonNode result, String number, String outcome, String code) {
        assertEquals(number, result.get("number").asText(), result.toString());
        assertEquals(outcome, result.get("result").asText(), result.toString());
        if (code == null) {
            assertFalse(result.has("code"), result.toString());
        } else {
            assertEquals(code, result.get("code").asText(), result.toString());
            assertFalse(result.get("reason").asText().isBlank());
        }
    }
}
