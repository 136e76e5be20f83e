package io.telesim.simulator.web.business;

import static io.telesim.simulator.web.business.BusinessFixture.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.telesim.simulator.web.ApiClient;
import io.telesim.simulator.web.WebFixture;

/**
 * C4: requests go submitted → in progress → done or refused at the operator's word, with the operator clock's times;
 * doing one performs it.
 */
class BusinessRequestsTest {

    private static BusinessFixture fixture;
    private static ApiClient admin;

    @BeforeAll
    static void start() throws Exception {
        fixture = BusinessFixture.start(40);
        admin = fixture.user(BusinessFixture.ADMIN);
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    private static JsonNode submit(String body) throws Exception {
        return ok(admin.post(fixture.api("/requests"), body), 200);
    }

    private static ApiClient.Reply move(String id, String state, String reason) throws Exception {
        return fixture.admin("POST", "/admin/companies/" + fixture.company + "/requests/" + id,
                "{\"state\":\"" + state + "\"" + (reason == null ? "" : ",\"reason\":\"" + reason + "\"") + "}");
    }

    @Test
    void aConnectRequestDoneProvisionsAFreeNumberIntoTheBranch() throws Exception {
        JsonNode request = submit("{\"kind\":\"connect\",\"branchId\":\"" + fixture.spb + "\",\"tariffId\":\"payg\"}");
        assertEquals("SUBMITTED", request.get("state").asText());
        assertEquals(Long.toString(BusinessFixture.ADMIN), request.get("submittedBy").asText());

        JsonNode started = ok(move(request.get("id").asText(), "in_progress", null), 200);
        JsonNode done = ok(move(request.get("id").asText(), "done", null), 200);

        assertEquals("IN_PROGRESS", started.get("state").asText());
        assertEquals("DONE", done.get("state").asText());
        assertTrue(done.get("updatedAt").asLong() >= request.get("submittedAt").asLong());
        long connected = FreeNumbers.FIRST;
        assertEquals("connected " + connected, done.get("result").asText());
        JsonNode number = ok(admin.get(fixture.api("/numbers/" + connected)), 200);
        assertEquals(fixture.spb, number.get("branchId").asText());
        assertEquals("payg", number.get("tariff").asText());
        assertEquals("active", number.get("status").asText());
    }

    @Test
    void aPortInAddsAnExistingSubscriberAndAPortOutTakesItAway() throws Exception {
        long number = BusinessFixture.OUTSIDER + 5;
        JsonNode in = submit("{\"kind\":\"port-in\",\"number\":\"" + number + "\"}");
        ok(move(in.get("id").asText(), "done", null), 200);
        assertEquals(200, admin.get(fixture.api("/numbers/" + number)).status());

        JsonNode out = submit("{\"kind\":\"port-out\",\"number\":\"" + number + "\"}");
        JsonNode done = ok(move(out.get("id").asText(), "done", null), 200);

        assertTrue(done.get("result").asText().startsWith(number + " left the company"), done.toString());
        assertEquals(404, admin.get(fixture.api("/numbers/" + number)).status());
    }

    @Test
    void aRefusalNeedsAReasonAndIsFinal() throws Exception {
        JsonNode request = submit("{\"kind\":\"terminate\",\"number\":\"" + BusinessFixture.MOSCOW_FIRST + "\"}");
        String id = request.get("id").asText();

        assertEquals(400, move(id, "refused", null).status());
        JsonNode refused = ok(move(id, "refused", "the contract has a minimum term"), 200);
        ApiClient.Reply again = move(id, "done", null);

        assertEquals("REFUSED", refused.get("state").asText());
        assertEquals("the contract has a minimum term", refused.get("reason").asText());
        assertEquals(422, again.status());
        assertEquals(200, admin.get(fixture.api("/numbers/" + BusinessFixture.MOSCOW_FIRST)).status(), "a refused request does nothing");
        JsonNode listed = ok(admin.get(fixture.api("/requests")), 200);
        boolean found = false;
        for (JsonNode each : listed) {
            found |= each.get("id").asText().equals(id) && each.get("state").asText().equals("REFUSED");
        }
        assertTrue(found);
    }

    @Test
    void aChangeOfCompanyDataUpdatesTheCompanyAndIsAudited() throws Exception {
        JsonNode request = submit("{\"kind\":\"change-company-data\",\"name\":\"Test Logistics Group\",\"taxId\":\"7701234568\"}");
        ok(move(request.get("id").asText(), "done", null), 200);

        JsonNode company = ok(admin.get(fixture.api("")), 200).get("company");
        assertEquals("Test Logistics Group", company.get("name").asText());
        assertEquals("7701234568", company.get("taxId").asText());
        JsonNode entries = ok(admin.get(fixture.api("/audit?limit=5")), 200).get("entries");
        boolean audited = false;
        for (JsonNode entry : entries) {
            audited |= entry.get("action").asText().equals("change-company") && entry.get("actor").asText().equals("operator")
                    && entry.get("before").get("name").asText().equals("Test Logistics");
        }
        assertTrue(audited, entries.toString());
    }

    @Test
    void requestsAreCheckedWhenSubmitted() throws Exception {
        assertEquals(400, admin.post(fixture.api("/requests"), "{\"kind\":\"teleport\"}").status());
        assertEquals(400, admin.post(fixture.api("/requests"), "{\"kind\":\"port-in\"}").status());
        assertEquals(404, admin.post(fixture.api("/requests"), "{\"kind\":\"port-out\",\"number\":\"" + BusinessFixture.OUTSIDER + "\"}").status());
        assertEquals(400, admin.post(fixture.api("/requests"), "{\"kind\":\"change-company-data\"}").status());
        assertEquals(400, admin.post(fixture.api("/requests"), "{\"kind\":\"change-company-data\",\"settlement\":\"barter\"}").status());
        ApiClient helpdesk = fixture.addUser(WebFixture.FIRST + 6, "helpdesk", null);
        assertEquals(403, helpdesk.post(fixture.api("/requests"), "{\"kind\":\"change-company-data\",\"name\":\"Mine\"}").status());
        assertEquals(404, move("999999", "done", null).status());
        assertFalse(ok(fixture.admin("GET", "/admin/companies/" + fixture.company + "/requests", null), 200).isEmpty());
    }
}
