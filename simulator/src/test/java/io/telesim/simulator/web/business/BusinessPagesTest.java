package io.telesim.simulator.web.business;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.telesim.simulator.web.ApiClient;
import io.telesim.simulator.web.WebFixture;

/** The company pages under /business: the login rules of the account pages, both languages, and what each user sees. */
class BusinessPagesTest {

    private static final long HELPDESK_MOSCOW = WebFixture.FIRST + 1;
    private static BusinessFixture fixture;

    @BeforeAll
    static void start() throws Exception {
        fixture = BusinessFixture.start(40);
        fixture.addUser(HELPDESK_MOSCOW, "helpdesk", fixture.moscow);
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    @Test
    void withoutALoginThePagesGoToTheLoginPage() throws Exception {
        ApiClient.Reply reply = fixture.web.client().get("/business/" + fixture.company);
        assertEquals(303, reply.status());
        assertEquals("/login", reply.header("Location"));
        assertEquals("/login", fixture.web.client().get("/business").header("Location"));
    }

    @Test
    void theCompanyPageSpeaksEnglishAndRussian() throws Exception {
        ApiClient admin = fixture.user(BusinessFixture.ADMIN);
        assertEquals("/business/" + fixture.company, admin.get("/business").header("Location"));

        ApiClient.Reply english = admin.get("/business/" + fixture.company + "?lang=en");
        ApiClient.Reply russian = admin.get("/business/" + fixture.company + "?lang=ru");

        assertEquals(200, english.status());
        assertTrue(english.body().contains("Operation on numbers"), english.body());
        assertTrue(english.body().contains("id=\"number-" + BusinessFixture.SPB_FIRST + "\""));
        assertTrue(english.body().contains("Test Logistics / Moscow"));
        assertTrue(english.body().contains("href=\"/business/" + fixture.company + "/audit\""));
        assertTrue(english.body().contains("id=\"bulk-form\""));
        assertTrue(english.body().contains("id=\"branch-form\" data-api=\"/api/business/companies/" + fixture.company + "/branches\""),
                "the administrator may add branches");
        assertTrue(russian.body().contains("Операция с номерами"), russian.body());
        assertFalse(russian.body().contains("[business."), "every key has its Russian text");
    }

    @Test
    void aBranchUserSeesTheirBranchOnlyAndNoAuditLog() throws Exception {
        ApiClient helpdesk = fixture.user(HELPDESK_MOSCOW);
        ApiClient.Reply page = helpdesk.get("/business/" + fixture.company + "?lang=en");

        assertEquals(200, page.status());
        assertTrue(page.body().contains("id=\"number-" + BusinessFixture.MOSCOW_FIRST + "\""));
        assertFalse(page.body().contains("id=\"number-" + BusinessFixture.SPB_FIRST + "\""));
        assertFalse(page.body().contains("/audit\""), "no tab for the audit log");
        assertFalse(page.body().contains("/users\""), "no tab for users");
        assertFalse(page.body().contains("id=\"branch-form\""), "helpdesk may not change the hierarchy");
        assertEquals(403, helpdesk.get("/business/" + fixture.company + "/audit").status());
    }

    @Test
    void theAuditPageListsTheChanges() throws Exception {
        ApiClient.Reply page = fixture.user(BusinessFixture.ADMIN).get("/business/" + fixture.company + "/audit?lang=en");
        assertEquals(200, page.status());
        assertTrue(page.body().contains("create-company"), page.body());
        assertTrue(page.body().contains("id=\"audit-1\""));
    }

    @Test
    void theRequestsReportsAndUsersPagesRenderInBothLanguages() throws Exception {
        ApiClient admin = fixture.user(BusinessFixture.ADMIN);
        for (String language : new String[] {"en", "ru"}) {
            for (String page : new String[] {"/requests", "/reports", "/users", "/audit"}) {
                ApiClient.Reply reply = admin.get("/business/" + fixture.company + page + "?lang=" + language);
                assertEquals(200, reply.status(), page + " " + language);
                assertFalse(reply.body().contains("[business."), page + " " + language + " has every text");
            }
        }
        assertTrue(admin.get("/business/" + fixture.company + "/requests?lang=en").body().contains("id=\"request-form\""));
        assertTrue(admin.get("/business/" + fixture.company + "/reports?lang=en").body().contains("id=\"report-unavailable\""),
                "an operator in memory keeps no statements");
        String users = admin.get("/business/" + fixture.company + "/users?lang=en").body();
        assertTrue(users.contains("id=\"user-" + HELPDESK_MOSCOW + "\""));
        assertTrue(users.contains("id=\"role-helpdesk\""));
        ApiClient helpdesk = fixture.user(HELPDESK_MOSCOW);
        assertEquals(403, helpdesk.get("/business/" + fixture.company + "/users").status());
        assertEquals(403, helpdesk.get("/business/" + fixture.company + "/reports").status());
        assertFalse(helpdesk.get("/business/" + fixture.company + "/requests").body().contains("request-form"), "helpdesk cannot submit");
    }

    @Test
    void aNumberThatIsNoCompanyUserIsRefused() throws Exception {
        ApiClient outsider = fixture.web.loggedIn(BusinessFixture.OUTSIDER + 1);
        assertEquals(403, outsider.get("/business").status());
        assertEquals(404, fixture.user(BusinessFixture.ADMIN).get("/business/c42").status());
    }
}
