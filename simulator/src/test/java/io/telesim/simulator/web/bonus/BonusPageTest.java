package io.telesim.simulator.web.bonus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.telesim.billing.catalog.Catalog;
import io.telesim.simulator.web.ApiClient;
import io.telesim.simulator.web.WebFixture;
import io.telesim.simulator.web.plans.Subscribers;

/** The bonus page: points, rewards, the gift and claim forms and open gifts, in English and Russian. */
class BonusPageTest {

    private static final long FIRST = 79_163_001_001L;

    private static WebFixture fixture;
    private static Subscribers subscribers;
    private static Catalog catalog;

    @BeforeAll
    static void start() throws Exception {
        fixture = WebFixture.start(0);
        subscribers = new Subscribers(fixture);
        catalog = subscribers.catalog();
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    @Test
    void theBonusPageShowsPointsRewardsAndTheGiftFormsInBothLanguages() throws Exception {
        long number = subscribers.provision(FIRST, "payg", 200_000);
        subscribers.earnPoints(number, 123);
        ApiClient client = fixture.loggedIn(number);
        String page = "/account/" + number + "/bonus";

        String english = client.get(page + "?lang=en").body();

        assertTrue(english.contains("id=\"bonus-points\">123<"), english);
        for (String text : new String[] {"Spend points", "Gift points", "Claim a gift", "id=\"gift-form\"", "id=\"claim-form\""}) {
            assertTrue(english.contains(text), text);
        }
        for (var reward : catalog.policies().bonus().rewards()) {
            assertTrue(english.contains("id=\"redeem-" + reward.addOnId() + "\""), reward.addOnId());
        }
        String russian = client.get(page + "?lang=ru").body();
        for (String text : new String[] {"Бонусные баллы", "Потратить баллы", "Подарить баллы", "Получить подарок"}) {
            assertTrue(russian.contains(text), text);
        }
        assertFalse(english.contains("[bonus.") || russian.contains("[bonus."), "every text exists");
    }

    @Test
    void theOpenGiftsShowOnBothSides() throws Exception {
        long giver = subscribers.provision(FIRST + 1, "payg", 200_000);
        long recipient = subscribers.provision(FIRST + 2, "payg", 200_000);
        subscribers.earnPoints(giver, 60);
        ApiClient giverClient = fixture.loggedIn(giver);
        ApiClient recipientClient = fixture.loggedIn(recipient);
        assertEquals(200, giverClient.post("/api/numbers/" + giver + "/bonus/gifts", "{\"to\":\"" + recipient + "\",\"points\":25}").status());

        String given = giverClient.get("/account/" + giver + "/bonus?lang=en").body();
        String received = recipientClient.get("/account/" + recipient + "/bonus?lang=ru").body();

        assertTrue(given.contains("id=\"gifts-given\"") && given.contains(Long.toString(recipient)), given);
        assertTrue(received.contains("id=\"gifts-received\"") && received.contains("от " + giver), received);
        assertEquals(403, giverClient.get("/account/" + recipient + "/bonus").status());
    }

    @Test
    void withoutALoginThePageGoesToTheLoginPage() throws Exception {
        var reply = fixture.client().get("/account/" + (FIRST + 3) + "/bonus");
        assertEquals(303, reply.status());
        assertEquals("/login", reply.header("Location"));
    }
}
