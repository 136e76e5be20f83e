package io.telesim.simulator.web.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.telesim.simulator.web.ApiClient;
import io.telesim.simulator.web.WebFixture;

/** The server-rendered pages: login, the overview, redirects and other people's numbers. */
class PagesTest {

    private static WebFixture fixture;

    @BeforeAll
    static void start() throws Exception {
        fixture = WebFixture.start(3);
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    @Test
    void theLoginPageSpeaksEnglishAndRussian() throws Exception {
        ApiClient client = fixture.client();
        var english = client.get("/login?lang=en");
        assertEquals(200, english.status());
        assertTrue(english.body().contains("Get code by SMS"), english.body());
        assertTrue(client.get("/login").body().contains("Get code by SMS"), "the language is remembered");
        assertTrue(client.get("/login?lang=ru").body().contains("Получить код по SMS"));
    }

    @Test
    void anAccountPageWithoutALoginGoesToTheLoginPage() throws Exception {
        var reply = fixture.client().get("/account/" + WebFixture.FIRST);
        assertEquals(303, reply.status());
        assertEquals("/login", reply.header("Location"));
    }

    @Test
    void theOverviewShowsTheBalanceAndTariff() throws Exception {
        ApiClient client = fixture.loggedIn(WebFixture.FIRST + 1);
        assertEquals("/account/" + (WebFixture.FIRST + 1), client.get("/").header("Location"));
        var page = client.get("/account/" + (WebFixture.FIRST + 1) + "?lang=en");
        assertEquals(200, page.status());
        long balance = fixture.operator().engine().read(WebFixture.FIRST + 1).get().balance();
        assertTrue(page.body().contains(io.telesim.billing.money.Money.format(balance)), page.body());
        String tariff = fixture.operator().engine().catalog().tariff(fixture.operator().engine().catalog().defaultTariff()).name();
        assertTrue(page.body().contains(tariff));
        assertEquals(403, client.get("/account/" + (WebFixture.FIRST + 2)).status(), "another subscriber's number");
    }

    @Test
    void theOverviewApiAnswersOnlyForTheSessionsNumbers() throws Exception {
        ApiClient client = fixture.loggedIn(WebFixture.FIRST);
        var own = client.get("/api/numbers/" + WebFixture.FIRST + "/overview");
        assertEquals(200, own.status(), own.body());
        assertEquals(fixture.operator().engine().read(WebFixture.FIRST).get().balance(), own.json().get("balance").asLong());
        var other = client.get("/api/numbers/" + (WebFixture.FIRST + 2) + "/overview");
        assertEquals(403, other.status());
        assertEquals(401, fixture.client().get("/api/numbers/" + WebFixture.FIRST + "/overview").status());
    }

    @Test
    void everyTextExistsInBothLanguages() {
        assertEquals(Texts.of("en").keys(), Texts.of("ru").keys());
    }
}
