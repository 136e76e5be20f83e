package io.telesim.simulator.web.business;

import static io.telesim.simulator.web.business.BusinessFixture.ok;
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

import io.telesim.billing.account.Iccid;
import io.telesim.simulator.web.ApiClient;

/**
 * The operations that use the engine's corporate commands, on an operator that keeps statements: spending limits
 * enforced at rating (with the employee's SMS), SIM and number replacement keeping balance and history, credit terms
 * applied to every number, and a termination ending the subscriber.
 */
class CorporateOperationsTest {

    @TempDir
    static Path data;
    private static BusinessFixture fixture;
    private static ApiClient admin;
    private static final AtomicLong EVENTS = new AtomicLong(100);
    private static final AtomicLong REQUESTS = new AtomicLong();

    @BeforeAll
    static void start() throws Exception {
        fixture = BusinessFixture.start(40, data);
        admin = fixture.user(BusinessFixture.ADMIN);
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    private static JsonNode operate(long number, String operation) throws Exception {
        JsonNode done = ok(admin.post(fixture.api("/operations"), "{\"requestId\":\"corp-" + REQUESTS.incrementAndGet() + "\",\"target\":{\"number\":\""
                + number + "\"}," + operation + "}"), 200);
        return done.get("results").get(0);
    }

    private static JsonNode state(long number) throws Exception {
        return ok(admin.get(fixture.api("/numbers/" + number)), 200);
    }

    private static String sms(long number) throws Exception {
        ApiClient.Reply reply = fixture.admin("POST", "/admin/usage/sms", "{\"eventId\":" + EVENTS.incrementAndGet() + ",\"number\":\"" + number
                + "\",\"to\":\"79031234567\"}");
        return reply.status() == 200 ? reply.json().get("outcome").asText() : reply.json().get("code").asText();
    }

    private static int statementLines(long number) throws Exception {
        return ok(fixture.admin("GET", "/admin/subscribers/" + number + "/statement?limit=1000", null), 200).get("rows").size();
    }

    @Test
    void aSpendingLimitStopsChargesWhenReachedAndTellsTheEmployee() throws Exception {
        long number = BusinessFixture.MOSCOW_FIRST;
        assertTrue(operate(number, "\"operation\":\"change-tariff\",\"tariffId\":\"payg\"").get("ok").asBoolean());
        long spent = state(number).get("spentThisMonth").asLong();
        JsonNode limited = operate(number, "\"operation\":\"set-spending-limit\",\"amount\":" + (spent + 500));
        assertTrue(limited.get("ok").asBoolean(), limited.toString());
        assertEquals(spent + 500, state(number).get("spendingLimit").asLong());
        long lastSms = fixture.web.lastSmsId(number);

        int sent = 0;
        String outcome = "ok";
        while (outcome.equals("ok") && sent < 10) {
            outcome = sms(number);
            sent++;
        }

        assertEquals("spending_limit_reached", outcome);
        assertTrue(sent > 1, "the first SMS was within the limit");
        assertTrue(state(number).get("spentThisMonth").asLong() <= spent + 500, "never over the limit");
        assertTrue(fixture.web.awaitSms(number, "Telesim", lastSms).text().contains("spending limit"));
        assertTrue(operate(number, "\"operation\":\"set-spending-limit\",\"amount\":0").get("ok").asBoolean());
        assertEquals("ok", sms(number), "no limit, no refusal");
    }

    @Test
    void aNewSimKeepsTheBalanceAndHistoryAndAUsedCardIsRefused() throws Exception {
        long number = BusinessFixture.MOSCOW_FIRST + 1;
        JsonNode before = state(number);
        int lines = statementLines(number);
        String iccid = "8970199" + "00000000001";
        iccid += Iccid.checkDigit(Long.parseLong(iccid));

        JsonNode replaced = operate(number, "\"operation\":\"replace-sim\",\"iccid\":\"" + iccid + "\"");
        JsonNode taken = operate(BusinessFixture.MOSCOW_FIRST + 2, "\"operation\":\"replace-sim\",\"iccid\":\"" + iccid + "\"");
        JsonNode made = operate(BusinessFixture.MOSCOW_FIRST + 3, "\"operation\":\"replace-sim\"");

        assertTrue(replaced.get("ok").asBoolean(), replaced.toString());
        JsonNode after = state(number);
        assertEquals(iccid, after.get("iccid").asText());
        assertEquals(before.get("balance").asLong(), after.get("balance").asLong());
        assertTrue(statementLines(number) >= lines, "the statement is the number's, whatever its card");
        assertEquals("iccid_in_use", taken.get("code").asText());
        assertTrue(made.get("ok").asBoolean(), "a card number is made up when none is given: " + made);
        assertEquals(400, admin.post(fixture.api("/operations"), "{\"requestId\":\"bad-iccid\",\"target\":{\"number\":\"" + number
                + "\"},\"operation\":\"replace-sim\",\"iccid\":\"8970199000000000010\"}").status());
    }

    @Test
    void aNewNumberKeepsTheBalanceHistoryAndPlaceInTheCompany() throws Exception {
        long old = BusinessFixture.SPB_FIRST;
        long fresh = 79_165_550_001L;
        JsonNode before = state(old);
        int lines = statementLines(old);

        JsonNode replaced = operate(old, "\"operation\":\"replace-number\",\"newNumber\":\"" + fresh + "\"");

        assertTrue(replaced.get("ok").asBoolean(), replaced.toString());
        JsonNode after = state(fresh);
        assertEquals(before.get("balance").asLong(), after.get("balance").asLong());
        assertEquals(fixture.spb, after.get("branchId").asText());
        assertEquals(before.get("tariff").asText(), after.get("tariff").asText());
        assertEquals(404, admin.get(fixture.api("/numbers/" + old)).status());
        assertTrue(statementLines(fresh) >= lines, "the history went with the number");
        JsonNode entry = ok(admin.get(fixture.api("/audit?limit=1")), 200).get("entries").get(0);
        assertEquals("replace-number", entry.get("action").asText());
        assertEquals(old, entry.get("before").get("number").asLong());
        assertEquals(fresh, entry.get("after").get("number").asLong());
    }

    @Test
    void creditTermsReachEveryNumberAndMovingAccountsChangesTheLimit() throws Exception {
        JsonNode request = ok(admin.post(fixture.api("/requests"), "{\"kind\":\"change-company-data\",\"settlement\":\"credit\",\"creditLimit\":30000}"),
                200);
        JsonNode done = ok(fixture.admin("POST", "/admin/companies/" + fixture.company + "/requests/" + request.get("id").asText(),
                "{\"state\":\"done\"}"), 200);
        assertTrue(done.get("result").asText().contains("credit limit set on"), done.toString());
        assertEquals(30_000, state(BusinessFixture.SPB_FIRST + 1).get("creditLimit").asLong());
        assertEquals(30_000, state(BusinessFixture.MOSCOW_FIRST + 4).get("creditLimit").asLong());

        long number = BusinessFixture.SPB_FIRST + 2;
        JsonNode moved = operate(number, "\"operation\":\"move-to-account\",\"toAccountId\":\"a1\"");
        assertTrue(moved.get("ok").asBoolean());
        assertEquals(30_000, state(number).get("creditLimit").asLong());
    }

    @Test
    void aTerminationEndsTheSubscriberAndTakesItOutOfTheCompany() throws Exception {
        long number = BusinessFixture.SPB_FIRST + 4;
        JsonNode request = ok(admin.post(fixture.api("/requests"), "{\"kind\":\"terminate\",\"number\":\"" + number + "\"}"), 200);
        JsonNode done = ok(fixture.admin("POST", "/admin/companies/" + fixture.company + "/requests/" + request.get("id").asText(),
                "{\"state\":\"done\"}"), 200);

        assertEquals("DONE", done.get("state").asText());
        assertEquals(404, admin.get(fixture.api("/numbers/" + number)).status());
        assertEquals(404, fixture.admin("GET", "/admin/subscribers/" + number, null).status());
        assertFalse(fixture.web.operator().engine().read(number).get().outcome().name().equals("OK"));
    }
}
