package io.telesim.simulator.web.bonus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.telesim.simulator.web.ApiClient;
import io.telesim.simulator.web.plans.Subscribers;

/** The bonus page: points, rewards, the gift and claim forms and open gifts, in English and Russian. */
class BonusPageTest {

    private static final long FIRST = 79_163_001_001L;

    @RegisterExtension
    static final Subscribers subscribers = new Subscribers();

    @Test
    void theBonusPageShowsPointsRewardsAndTheGiftFormsInBothLanguages() throws Exception {
        long number = subscribers.provision(FIRST, "payg", 200_000);
        subscribers.earnPoints(number, 123);
        ApiClient client = subscribers.fixture().loggedIn(number);
        String page = "/account/" + number + "/bonus";

        String english = client.get(page + "?lang=en").body();

        assertTrue(english.contains("id=\"bonus-points\">123<"), english);
        for (String text : new String[] {"Spend points", "Gift points", "Claim a gift", "id=\"gift-form\"", "id=\"claim-form\""}) {
            assertTrue(english.contains(text), text);
        }
        for (var reward : subscribers.catalog().policies().bonus().rewards()) {
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
        ApiClient giverClient = subscribers.fixture().loggedIn(giver);
        ApiClient recipientClient = subscribers.fixture().loggedIn(recipient);
        assertEquals(200, giverClient.post("/api/numbers/" + giver + "/bonus/gifts", "{\"to\":\"" + recipient + "\",\"points\":25}").status());

        String given = giverClient.get("/account/" + giver + "/bonus?lang=en").body();
        String received = recipientClient.get("/account/" + recipient + "/bonus?lang=ru").body();

        assertTrue(given.contains("id=\"gifts-given\"") && given.contains(Long.toString(recipient)), given);
        assertTrue(received.contains("id=\"gifts-received\"") && received.contains("от " + giver), received);
        assertEquals(403, giverClient.get("/account/" + recipient + "/bonus").status());
    }

    @Test
    void withoutALoginThePageGoesToTheLoginPage() throws Exception {
        var reply = subscribers.fixture().client().get("/account/" + (FIRST + 3) + "/bonus");
        assertEquals(303, reply.status());
        assertEquals("/login", reply.header("Location"));
    }
}
