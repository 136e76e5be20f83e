package io.telesim.simulator.web.business;

import static io.telesim.simulator.web.business.BusinessFixture.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.telesim.simulator.web.ApiClient;

/** The operator creates companies and gives them numbers through the admin API; company users find their company. */
class CompanyAdminApiTest {

    private static BusinessFixture fixture;

    @BeforeAll
    static void start() throws Exception {
        fixture = BusinessFixture.start(40);
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    @Test
    void aCompanyIsCreatedWithItsBillingAccountRootBranchAndAdministrator() throws Exception {
        JsonNode company = ok(fixture.admin("GET", "/admin/companies/" + fixture.company, null), 200);

        assertEquals("Test Logistics", company.get("company").get("name").asText());
        assertEquals("PREPAID", company.get("company").get("settlement").asText());
        assertEquals("a1", company.get("accounts").get(0).get("id").asText());
        assertEquals(BusinessFixture.ADMIN, company.get("adminNumber").asLong());
        assertEquals(2 * BusinessFixture.PER_BRANCH, company.get("numbers").asInt());
        JsonNode me = ok(fixture.user(BusinessFixture.ADMIN).get("/api/business/me"), 200);
        assertEquals(fixture.company, me.get("companyId").asText());
        assertEquals("administrator", me.get("roleId").asText());
        assertEquals(11, me.get("permissions").size());
    }

    @Test
    void aSecondBillingAccountTakesNumbersWithItsCreditTerms() throws Exception {
        JsonNode other = ok(fixture.admin("POST", "/admin/companies",
                "{\"name\":\"Credit Co\",\"taxId\":\"7708888888\",\"adminNumber\":\"79161000035\",\"settlement\":\"credit\"}"), 201);
        String id = other.get("company").get("id").asText();

        JsonNode account = ok(fixture.admin("POST", "/admin/companies/" + id + "/accounts", "{\"name\":\"Drivers\",\"creditLimit\":20000}"), 201);
        JsonNode added = ok(fixture.admin("POST", "/admin/companies/" + id + "/numbers",
                "{\"numbers\":[\"79161000036\"],\"accountId\":\"" + account.get("id").asText() + "\"}"), 200);

        assertEquals("a2", account.get("id").asText());
        assertEquals(1, added.get("succeeded").asInt());
        assertEquals(20_000, ok(fixture.admin("GET", "/admin/subscribers/79161000036", null), 200).get("creditLimit").asLong());
        assertEquals(400, fixture.admin("POST", "/admin/companies/" + id + "/accounts", "{\"name\":\"X\",\"creditLimit\":-1}").status());
        assertEquals(2, ok(fixture.admin("GET", "/admin/companies/" + id, null), 200).get("accounts").size());
    }

    @Test
    void theAdminRoutesNeedTheToken() throws Exception {
        ApiClient.Reply reply = fixture.web.client().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(fixture.web.baseUrl() + "/admin/companies")).GET());
        assertEquals(401, reply.status());
    }

    @Test
    void badCompaniesAreRefusedWithTheReason() throws Exception {
        assertEquals(400, fixture.admin("POST", "/admin/companies", "{\"name\":\"X\",\"taxId\":\"12\",\"adminNumber\":\"79161000030\"}").status());
        assertEquals(400, fixture.admin("POST", "/admin/companies", "{\"name\":\"\",\"taxId\":\"7701234567\",\"adminNumber\":\"79161000030\"}").status());
        assertEquals(400, fixture.admin("POST", "/admin/companies",
                "{\"name\":\"X\",\"taxId\":\"7701234567\",\"adminNumber\":\"79161000030\",\"settlement\":\"barter\"}").status());
        ApiClient.Reply twice = fixture.admin("POST", "/admin/companies",
                "{\"name\":\"Again\",\"taxId\":\"7701234567\",\"adminNumber\":\"" + BusinessFixture.ADMIN + "\"}");
        assertEquals(422, twice.status());
        assertEquals("already_a_user", twice.json().get("code").asText());
    }

    @Test
    void aNumberBelongsToOneCompanyAtMost() throws Exception {
        JsonNode other = ok(fixture.admin("POST", "/admin/companies",
                "{\"name\":\"Other Ltd\",\"taxId\":\"7709999999\",\"adminNumber\":\"79161000031\",\"settlement\":\"credit\",\"creditLimit\":50000}"), 201);
        String otherId = other.get("company").get("id").asText();

        JsonNode added = ok(fixture.admin("POST", "/admin/companies/" + otherId + "/numbers",
                "{\"numbers\":[\"" + BusinessFixture.MOSCOW_FIRST + "\",\"79161000032\",\"79169999999\",\"12\"]}"), 200);

        assertEquals(4, added.get("total").asInt());
        assertEquals(1, added.get("succeeded").asInt());
        assertEquals("other_company", added.get("results").get(0).get("code").asText());
        assertTrue(added.get("results").get(1).get("ok").asBoolean());
        assertEquals("not_found", added.get("results").get(2).get("code").asText(), "not a subscriber");
        assertEquals("invalid_number", added.get("results").get(3).get("code").asText());
        assertEquals(50_000, other.get("accounts").get(0).get("creditLimit").asLong());
        assertEquals(50_000, ok(fixture.admin("GET", "/admin/subscribers/79161000032", null), 200).get("creditLimit").asLong(),
                "a number joining a company on credit gets its billing account's limit");
    }

    @Test
    void aLoggedInNumberThatIsNoCompanyUserGets403AndNoLoginGets401() throws Exception {
        ApiClient outsider = fixture.web.loggedIn(BusinessFixture.OUTSIDER);
        assertEquals(403, outsider.get("/api/business/me").status());
        assertEquals(403, outsider.get(fixture.api("")).status());
        assertEquals(401, fixture.web.client().get("/api/business/me").status());
    }

    @Test
    void anotherCompanysPathIs404() throws Exception {
        assertEquals(404, fixture.user(BusinessFixture.ADMIN).get("/api/business/companies/c999/numbers").status());
    }

    @Test
    void theCreationIsInTheAuditLogAsTheOperators() throws Exception {
        JsonNode entries = ok(fixture.user(BusinessFixture.ADMIN).get(fixture.api("/audit?limit=500")), 200).get("entries");
        JsonNode first = entries.get(entries.size() - 1);
        assertEquals(1, first.get("seq").asLong());
        assertEquals("operator", first.get("actor").asText());
        assertEquals("create-company", first.get("action").asText());
        assertTrue(first.get("before").isNull());
        assertEquals("Test Logistics", first.get("after").get("company").get("name").asText());
    }
}
