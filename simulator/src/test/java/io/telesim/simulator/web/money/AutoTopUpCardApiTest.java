package io.telesim.simulator.web.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.telesim.billing.account.AccountRecord;
import io.telesim.simulator.web.ApiClient;
import io.telesim.simulator.web.WebFixture;

/**
 * The card of the auto top-up rule over the API with a real HTTP client: it is checked like a top-up's, linked
 * with the rule (its mask and expiry only), kept when the rule is changed without one, required when none is
 * linked, and unlinked with the rule.
 */
class AutoTopUpCardApiTest {

    private static WebFixture fixture;

    @BeforeAll
    static void start() throws Exception {
        fixture = WebFixture.start(7);
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    private static long number(int i) {
        return WebFixture.FIRST + i;
    }

    private static String rule(long threshold, long amount, String card) {
        return "{\"threshold\":" + threshold + ",\"amount\":" + amount + (card == null ? "" : "," + card) + "}";
    }

    private static String card(String number, String expiry, String cvc) {
        return "\"cardNumber\":\"" + number + "\",\"expiry\":\"" + expiry + "\",\"cvc\":\"" + cvc + "\"";
    }

    private static AccountRecord account(long number) throws Exception {
        AccountRecord copy = AccountRecord.onHeap();
        assertTrue(fixture.operator().engine().query(view -> view.account(number, copy)).get());
        return copy;
    }

    private static String stored(long number) {
        byte[] value = fixture.operator().webStore().get("money/auto-top-up-card/" + number);
        return value == null ? null : new String(value, StandardCharsets.UTF_8);
    }

    private static Set<String> fieldNames(JsonNode record) {
        Set<String> names = new HashSet<>();
        record.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void aRuleWithACardLinksTheCardsMaskAndExpiryButNeverItsNumberOrCvc() throws Exception {
        long number = number(0);
        ApiClient client = fixture.loggedIn(number);
        String path = "/api/numbers/" + number + "/auto-top-up";

        var set = client.put(path, rule(5_000, 30_000, card("4111 1111 1111 1111", "12/39", "987")));

        assertEquals(200, set.status(), set.body());
        assertEquals("**** 1111", set.json().get("card").asText());
        assertEquals("12/39", set.json().get("cardExpiry").asText());
        JsonNode read = client.get(path).json();
        assertEquals("**** 1111", read.get("card").asText());
        assertEquals("**** 1111", client.get("/api/numbers/" + number + "/money").json().get("autoTopUp").get("card").asText());
        String kept = stored(number);
        assertTrue(kept.contains("**** 1111"), kept);
        assertFalse(kept.contains("4111111111111111") || kept.contains("4111 1111 1111 1111"), "the full number is not kept: " + kept);
        // Only text fields can hold a CVC; the link time is a number that may contain "987" by chance.
        JsonNode record = new ObjectMapper().readTree(kept);
        record.fields().forEachRemaining(field -> assertFalse(
                field.getValue().isTextual() && field.getValue().asText().contains("987"), "the CVC is not kept: " + kept));
        assertEquals(Set.of("card", "expiry", "token", "linkedAt"), fieldNames(record), kept);
    }

    @Test
    void aRuleWithoutACardIsRefusedUntilOneIsLinkedAndThenKeepsIt() throws Exception {
        long number = number(1);
        ApiClient client = fixture.loggedIn(number);
        String path = "/api/numbers/" + number + "/auto-top-up";

        var noCard = client.put(path, rule(5_000, 30_000, null));
        assertEquals(422, noCard.status(), noCard.body());
        assertEquals("card_required", noCard.json().get("code").asText());
        assertEquals(0, account(number).autoTopUpThreshold(), "no rule without a card");

        assertEquals(200, client.put(path, rule(5_000, 30_000, card("4000000000000002", "12/39", "123"))).status());
        var changed = client.put(path, rule(7_000, 40_000, null));

        assertEquals(200, changed.status(), changed.body());
        assertEquals(7_000, changed.json().get("threshold").asLong());
        assertEquals(40_000, account(number).autoTopUpAmount());
        assertEquals("**** 0002", changed.json().get("card").asText(), "the linked card stays");
        var blankCard = client.put(path, rule(7_000, 40_000, card("", " ", "")));
        assertEquals(200, blankCard.status(), "blank card fields, as a form sends them, keep the card too");
        var otherCard = client.put(path, rule(7_000, 40_000, card("4000 0000 0000 3220", "01/40", "123")));
        assertEquals("**** 3220", otherCard.json().get("card").asText(), "a new card replaces the linked one");
        assertEquals("01/40", otherCard.json().get("cardExpiry").asText());
    }

    @Test
    void aCardIsCheckedAsATopUpsCardIs() throws Exception {
        long number = number(2);
        ApiClient client = fixture.loggedIn(number);
        String path = "/api/numbers/" + number + "/auto-top-up";

        assertEquals("card_number_invalid", client.put(path, rule(5_000, 30_000, card("4111111111111112", "12/39", "123")))
                .json().get("code").asText());
        assertEquals("card_expired", client.put(path, rule(5_000, 30_000, card("4111111111111111", "01/20", "123")))
                .json().get("code").asText());
        assertEquals("expiry_invalid", client.put(path, rule(5_000, 30_000, card("4111111111111111", "2039-12", "123")))
                .json().get("code").asText());
        assertEquals("cvc_invalid", client.put(path, rule(5_000, 30_000, card("4111111111111111", "12/39", "12")))
                .json().get("code").asText());
        var partial = client.put(path, "{\"threshold\":5000,\"amount\":30000,\"cardNumber\":\"4111111111111111\"}");
        assertEquals(400, partial.status(), partial.body());

        assertEquals(0, account(number).autoTopUpThreshold());
        assertNull(stored(number));
    }

    @Test
    void aCardTheTestBankDoesNotKnowIsLinkedAllTheSame() throws Exception {
        long number = number(3);
        ApiClient client = fixture.loggedIn(number);

        var set = client.put("/api/numbers/" + number + "/auto-top-up", rule(5_000, 30_000, card("5555 5555 5555 4444", "12/39", "123")));

        assertEquals(200, set.status(), set.body());
        assertEquals("**** 4444", set.json().get("card").asText());
        assertFalse(stored(number).contains("APPROVED"), "no token: the bank will decline it");
    }

    @Test
    void clearingTheRuleUnlinksTheCard() throws Exception {
        long number = number(4);
        ApiClient client = fixture.loggedIn(number);
        String path = "/api/numbers/" + number + "/auto-top-up";
        assertEquals(200, client.put(path, rule(5_000, 30_000, card("4111111111111111", "12/39", "123"))).status());

        var cleared = client.delete(path);

        assertEquals(200, cleared.status(), cleared.body());
        assertFalse(cleared.json().get("enabled").asBoolean());
        assertTrue(cleared.json().get("card").isNull());
        assertNull(stored(number));
        assertEquals("card_required", client.put(path, rule(5_000, 30_000, null)).json().get("code").asText());
    }

    @Test
    void anotherSubscribersRuleAndCardCannotBeReadOrChanged() throws Exception {
        long mine = number(5);
        long theirs = number(6);
        String path = "/api/numbers/" + theirs + "/auto-top-up";
        assertEquals(200, fixture.loggedIn(theirs).put(path, rule(5_000, 30_000, card("4111111111111111", "12/39", "123"))).status());
        ApiClient client = fixture.loggedIn(mine);

        assertEquals(403, client.get(path).status());
        assertEquals(403, client.put(path, rule(9_000, 30_000, card("4000000000000002", "12/39", "123"))).status());
        assertEquals(403, client.delete(path).status());
        assertEquals(403, client.get("/api/numbers/" + theirs + "/money").status());

        assertEquals(5_000, account(theirs).autoTopUpThreshold());
        assertTrue(stored(theirs).contains("**** 1111"), "their linked card is untouched");
    }
}
