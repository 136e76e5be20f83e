package io.telesim.simulator.web.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.telesim.simulator.web.ApiClient;

/** The tariff and services page: it renders the state and the forms, in English and Russian. */
class PlansPageTest {

    private static final long FIRST = 79_162_003_001L;

    @RegisterExtension
    static final Subscribers subscribers = new Subscribers();

    @Test
    void thePlansPageShowsTheTariffServicesBlockAndForwardingInBothLanguages() throws Exception {
        long number = subscribers.provision(FIRST, "smart", 200_000);
        ApiClient client = subscribers.fixture().loggedIn(number);
        String page = "/account/" + number + "/plans";

        var english = client.get(page + "?lang=en");

        assertEquals(200, english.status());
        String html = english.body();
        assertTrue(html.contains("id=\"tariff\">Smart<"), html);
        for (String text : new String[] {"Tariff and services", "Change tariff", "Add-on bundles", "Services", "Block the number",
                                         "Call forwarding", "When busy", "500 SMS"}) {
            assertTrue(html.contains(text), text);
        }
        for (var service : subscribers.catalog().services()) {
            assertTrue(html.contains("id=\"connect-" + service.id() + "\""), service.id());
        }
        for (var addOn : subscribers.catalog().addOns()) {
            assertTrue(html.contains("id=\"buy-" + addOn.id() + "\""), addOn.id());
        }
        assertTrue(html.contains("data-api=\"/api/numbers/" + number + "/tariff\""));
        assertTrue(html.contains("id=\"block\""));
        assertFalse(html.contains("[plans."), "every text exists");

        String russian = client.get(page + "?lang=ru").body();
        for (String text : new String[] {"Тариф и услуги", "Сменить тариф", "Дополнительные пакеты", "Блокировка номера",
                                         "Переадресация вызовов", "Если занято"}) {
            assertTrue(russian.contains(text), text);
        }
        assertFalse(russian.contains("[plans."), "every text exists");
    }

    @Test
    void thePageFollowsTheChangesMadeThroughTheApi() throws Exception {
        long number = subscribers.provision(FIRST + 1, "payg", 200_000);
        ApiClient client = subscribers.fixture().loggedIn(number);
        String api = "/api/numbers/" + number;
        String favourites = subscribers.catalog().service(subscribers.catalog().favouritesService()).id();
        assertEquals(200, client.put(api + "/services/" + favourites, "{}").status());
        assertEquals(200, client.post(api + "/favourites", "{\"number\":\"79031112233\"}").status());
        assertEquals(200, client.put(api + "/forwarding/busy", "{\"target\":\"79034445566\"}").status());
        assertEquals(200, client.post(api + "/add-ons", "{\"addOnId\":\"" + subscribers.catalog().addOns().get(0).id() + "\"}").status());
        assertEquals(200, client.put(api + "/block", "{}").status());

        String html = client.get("/account/" + number + "/plans?lang=en").body();

        assertTrue(html.contains("id=\"disconnect-" + favourites + "\""), html);
        assertTrue(html.contains("79031112233"));
        assertTrue(html.contains("79034445566"));
        assertTrue(html.contains("id=\"active-add-ons\""));
        assertTrue(html.contains("id=\"unblock\""));
        assertTrue(html.contains("blocked at your request"));
    }

    @Test
    void aFamilyOwnerSeesTheInviteFormAndTheInvitedNumberTheInvitation() throws Exception {
        long owner = subscribers.provision(FIRST + 4, "family", 500_000);
        long invited = subscribers.provision(FIRST + 5, "payg", 200_000);
        ApiClient ownerClient = subscribers.fixture().loggedIn(owner);
        ApiClient invitedClient = subscribers.fixture().loggedIn(invited);
        assertTrue(ownerClient.get("/account/" + owner + "/plans?lang=en").body().contains("id=\"family-invite-form\""));
        assertEquals(200, ownerClient.post("/api/numbers/" + owner + "/family/invitations", "{\"number\":\"" + invited + "\"}").status());

        String ownerPage = ownerClient.get("/account/" + owner + "/plans?lang=ru").body();
        String invitedPage = invitedClient.get("/account/" + invited + "/plans?lang=en").body();

        assertTrue(ownerPage.contains("id=\"family-invited\"") && ownerPage.contains(invited + " приглашён"), ownerPage);
        assertTrue(invitedPage.contains("id=\"accept-" + owner + "\""), invitedPage);
        assertTrue(invitedPage.contains(owner + " invites you to the family"));
    }

    @Test
    void withoutALoginThePageGoesToTheLoginPage() throws Exception {
        var reply = subscribers.fixture().client().get("/account/" + (FIRST + 3) + "/plans");
        assertEquals(303, reply.status());
        assertEquals("/login", reply.header("Location"));
    }
}
