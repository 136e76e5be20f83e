package io.telesim.simulator.web.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

import io.telesim.billing.account.AccountStatus;
import io.telesim.billing.account.ForwardingCondition;
import io.telesim.simulator.web.ApiClient;

/** F6 (voluntary block, call forwarding) through the API with a real HTTP client. */
class LineApiTest {

    private static final long FIRST = 79_162_002_001L;
    private static final long RICH = 200_000;

    @RegisterExtension
    static final Subscribers subscribers = new Subscribers();

    private static String api(long msisdn) {
        return "/api/numbers/" + msisdn;
    }

    @Test
    void aBlockStopsPaidChangesUntilTheNumberIsUnblocked() throws Exception {
        long number = subscribers.provision(FIRST, "payg", RICH);
        ApiClient client = subscribers.fixture().loggedIn(number);
        JsonNode before = client.get(api(number) + "/block").json();
        assertEquals("active", before.get("status").asText());
        assertTrue(before.get("canBlock").asBoolean());

        var blocked = client.put(api(number) + "/block", "{}");

        assertEquals(200, blocked.status(), blocked.body());
        assertEquals("blocked_voluntary", blocked.json().get("status").asText());
        assertTrue(blocked.json().get("blocked").asBoolean());
        assertTrue(blocked.json().get("blockedSince").asLong() > 0);
        assertEquals(AccountStatus.BLOCKED_VOLUNTARY, subscribers.read(number).status());
        assertEquals("already_blocked", client.put(api(number) + "/block", "{}").json().get("code").asText());
        String addOn = subscribers.catalog().addOns().get(0).id();
        var refused = client.post(api(number) + "/add-ons", "{\"addOnId\":\"" + addOn + "\"}");
        assertEquals(409, refused.status());
        assertEquals("blocked", refused.json().get("code").asText());

        var unblocked = client.delete(api(number) + "/block");

        assertEquals(200, unblocked.status(), unblocked.body());
        assertEquals("active", unblocked.json().get("status").asText());
        assertFalse(unblocked.json().get("blocked").asBoolean());
        assertEquals(AccountStatus.ACTIVE, subscribers.read(number).status());
        var again = client.delete(api(number) + "/block");
        assertEquals(409, again.status());
        assertEquals("not_blocked", again.json().get("code").asText());
    }

    @Test
    void forwardingIsSetAndClearedPerCondition() throws Exception {
        long number = subscribers.provision(FIRST + 1, "payg", RICH);
        ApiClient client = subscribers.fixture().loggedIn(number);
        String[] targets = {"+7 903 000-00-01", "8 903 000 00 02", "+44 20 7123 4567", "0611"};
        String[] shown = {"79030000001", "79030000002", "+442071234567", "0611"};
        ForwardingCondition[] conditions = ForwardingCondition.values();

        for (int i = 0; i < conditions.length; i++) {
            var set = client.put(api(number) + "/forwarding/" + ForwardingSection.name(conditions[i]),
                    "{\"target\":\"" + targets[i] + "\"}");
            assertEquals(200, set.status(), set.body());
        }

        JsonNode rules = client.get(api(number) + "/forwarding").json().get("rules");
        for (int i = 0; i < conditions.length; i++) {
            assertEquals(ForwardingSection.name(conditions[i]), rules.get(i).get("condition").asText());
            assertEquals(shown[i], rules.get(i).get("target").asText());
        }
        assertEquals(79_030_000_002L, subscribers.account(number).forwarding(ForwardingCondition.BUSY));

        var cleared = client.delete(api(number) + "/forwarding/busy");

        assertEquals(200, cleared.status(), cleared.body());
        assertTrue(cleared.json().get("rules").get(ForwardingCondition.BUSY.ordinal()).get("target").isNull());
        assertEquals(0, subscribers.account(number).forwarding(ForwardingCondition.BUSY));
        assertEquals(79_030_000_001L, subscribers.account(number).forwarding(ForwardingCondition.UNCONDITIONAL), "the others stay");
    }

    @Test
    void anInvalidForwardingTargetIsRefusedWithA4xx() throws Exception {
        long number = subscribers.provision(FIRST + 2, "payg", RICH);
        ApiClient client = subscribers.fixture().loggedIn(number);

        var letters = client.put(api(number) + "/forwarding/no-reply", "{\"target\":\"call me\"}");
        assertEquals(400, letters.status());
        assertTrue(letters.json().get("error").asText().contains("call me"), letters.body());
        assertEquals(400, client.put(api(number) + "/forwarding/no-reply", "{}").status());
        assertEquals(400, client.put(api(number) + "/forwarding/no-reply", "{\"target\":\"+0 123\"}").status());
        var own = client.put(api(number) + "/forwarding/no-reply", "{\"target\":\"" + number + "\"}");
        assertEquals(409, own.status());
        assertEquals("invalid_forwarding", own.json().get("code").asText());
        assertEquals(404, client.put(api(number) + "/forwarding/sometimes", "{\"target\":\"79030000001\"}").status());
        assertEquals(0, subscribers.account(number).forwarding(ForwardingCondition.NO_REPLY));
    }
}
