package io.telesim.simulator.web.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

import io.telesim.billing.account.AccountStatus;
import io.telesim.billing.catalog.Tariff;
import io.telesim.billing.result.Outcome;
import io.telesim.simulator.web.ApiClient;

/** F4 (tariff, bundles, add-ons) through the API with a real HTTP client. */
class PlansApiTest {

    private static final long FIRST = 79_162_000_001L;
    private static final long RICH = 200_000;

    @RegisterExtension
    static final Subscribers subscribers = new Subscribers();

    private static String api(long msisdn) {
        return "/api/numbers/" + msisdn;
    }

    @Test
    void theTariffShowsItsFeeBundlesLeftAndTheTariffsToChangeTo() throws Exception {
        long number = subscribers.provision(FIRST, "smart", RICH);
        ApiClient client = subscribers.fixture().loggedIn(number);

        var reply = client.get(api(number) + "/tariff");

        assertEquals(200, reply.status(), reply.body());
        JsonNode tariff = reply.json();
        Tariff smart = subscribers.catalog().tariff(subscribers.catalog().tariffIndex("smart"));
        assertEquals("smart", tariff.at("/current/id").asText());
        assertEquals(smart.fee().kopecks(), tariff.at("/current/fee").asLong());
        assertEquals(smart.allowance().sms(), tariff.at("/current/allowance/sms").asLong());
        var read = subscribers.read(number);
        assertEquals(read.balance(), tariff.get("balance").asLong());
        assertEquals(read.smsLeft(), bundle(tariff, "sms").get("left").asLong());
        assertEquals(read.dataLeft(), bundle(tariff, "data_bytes").get("fromTariff").asLong());
        assertEquals(smart.allowance().voiceSeconds(), bundle(tariff, "voice_seconds").get("monthly").asLong());
        assertEquals(subscribers.account(number).periodEnd(), tariff.at("/bundles/periodEnd").asLong());
        assertEquals(subscribers.catalog().tariffs().size() - 1, tariff.get("others").size());
        for (JsonNode other : tariff.get("others")) {
            Tariff offered = subscribers.catalog().tariff(subscribers.catalog().tariffIndex(other.get("id").asText()));
            assertEquals(offered.switchFee(), other.get("switchFee").asLong());
            assertTrue(other.get("changeCost").asLong() >= offered.switchFee(), other.toString());
            if (offered.fee().kopecks() == 0) {
                assertEquals(offered.switchFee(), other.get("changeCost").asLong(), "no fee: only the switch fee");
            }
        }
    }

    @Test
    void aChangeOfTariffChangesItAndChargesWhatItSaid() throws Exception {
        long number = subscribers.provision(FIRST + 1, "smart", RICH);
        ApiClient client = subscribers.fixture().loggedIn(number);
        JsonNode before = client.get(api(number) + "/tariff").json();
        long cost = offer(before, "daily").get("changeCost").asLong();

        var changed = client.put(api(number) + "/tariff", "{\"tariffId\":\"daily\"}");

        assertEquals(200, changed.status(), changed.body());
        assertEquals("daily", changed.json().at("/current/id").asText());
        assertEquals("daily", client.get(api(number) + "/tariff").json().at("/current/id").asText(), "read back");
        assertEquals(subscribers.catalog().tariffIndex("daily"), subscribers.account(number).tariff());
        assertEquals(before.get("balance").asLong() - cost, subscribers.read(number).balance());
    }

    @Test
    void aRefusedChangeIs409WithTheEnginesReason() throws Exception {
        long number = subscribers.provision(FIRST + 2, "payg", 5_000);
        ApiClient client = subscribers.fixture().loggedIn(number);

        var poor = client.put(api(number) + "/tariff", "{\"tariffId\":\"family\"}");
        assertEquals(409, poor.status(), poor.body());
        assertEquals("insufficient_funds", poor.json().get("code").asText());
        assertEquals(Outcome.INSUFFICIENT_FUNDS.reason(), poor.json().get("error").asText());

        var same = client.put(api(number) + "/tariff", "{\"tariffId\":\"payg\"}");
        assertEquals(409, same.status());
        assertEquals(Outcome.SAME_TARIFF.reason(), same.json().get("error").asText());
        var russian = client.put(api(number) + "/tariff?lang=ru", "{\"tariffId\":\"payg\"}");
        assertEquals(409, russian.status());
        assertEquals("same_tariff", russian.json().get("code").asText(), "the code stays the same in every language");
        assertEquals("этот тариф уже подключён", russian.json().get("error").asText());

        assertEquals(400, client.put(api(number) + "/tariff", "{\"tariffId\":\"no-such-tariff\"}").status());
        assertEquals(400, client.put(api(number) + "/tariff", "{}").status());
        assertEquals("payg", client.get(api(number) + "/tariff").json().at("/current/id").asText(), "nothing changed");
        assertEquals(5_000, subscribers.read(number).balance());
    }

    @Test
    void anAddOnChargesItsPriceAndAddsItsBundle() throws Exception {
        long number = subscribers.provision(FIRST + 3, "payg", RICH);
        ApiClient client = subscribers.fixture().loggedIn(number);
        JsonNode addOns = client.get(api(number) + "/add-ons").json();
        assertEquals(subscribers.catalog().addOns().size(), addOns.get("offers").size());
        assertEquals(0, addOns.get("active").size());
        JsonNode offer = addOns.get("offers").get(0);
        long balance = subscribers.read(number).balance();

        var bought = client.post(api(number) + "/add-ons", "{\"addOnId\":\"" + offer.get("id").asText() + "\"}");

        assertEquals(200, bought.status(), bought.body());
        assertEquals(balance - offer.get("price").asLong(), bought.json().get("balance").asLong());
        assertEquals(balance - offer.get("price").asLong(), subscribers.read(number).balance());
        JsonNode active = bought.json().get("active").get(0);
        assertEquals(offer.get("unit").asText(), active.get("unit").asText());
        assertEquals(offer.get("units").asLong(), active.get("unitsLeft").asLong());
        long validMillis = offer.get("validDays").asLong() * 86_400_000L;
        long expected = subscribers.account(number).createdAt() + validMillis;
        assertTrue(Math.abs(active.get("expiresAt").asLong() - expected) < 60_000, "expires after its valid days");
        JsonNode left = bundle(client.get(api(number) + "/tariff").json(), offer.get("unit").asText());
        assertEquals(offer.get("units").asLong(), left.get("fromAddOns").asLong());
        assertEquals(400, client.post(api(number) + "/add-ons", "{\"addOnId\":\"no-such-add-on\"}").status());
    }

    @Test
    void anAddOnTheBalanceCannotPayIsRefused() throws Exception {
        long number = subscribers.provision(FIRST + 4, "payg", 1_000);
        ApiClient client = subscribers.fixture().loggedIn(number);
        String id = subscribers.catalog().addOns().get(0).id();

        var refused = client.post(api(number) + "/add-ons", "{\"addOnId\":\"" + id + "\"}");

        assertEquals(409, refused.status());
        assertEquals("insufficient_funds", refused.json().get("code").asText());
        assertEquals(0, subscribers.read(number).dataLeft());
    }

    @Test
    void plansGivesEverySectionAtOnce() throws Exception {
        long number = subscribers.provision(FIRST + 5, "smart", RICH);
        ApiClient client = subscribers.fixture().loggedIn(number);

        JsonNode plans = client.get(api(number) + "/plans").json();

        for (String section : List.of("tariff", "addOns", "services", "favourites", "block", "forwarding")) {
            assertTrue(plans.has(section), section);
        }
        assertEquals("smart", plans.at("/tariff/current/id").asText());
        assertEquals(subscribers.catalog().services().size(), plans.at("/services/services").size());
        assertEquals("active", plans.at("/block/status").asText());
    }

    @Test
    void anotherSubscribersNumberIsForbiddenOnEveryRoute() throws Exception {
        long mine = subscribers.provision(FIRST + 6, "payg", RICH);
        long theirs = subscribers.provision(FIRST + 7, "payg", RICH);
        ApiClient client = subscribers.fixture().loggedIn(mine);
        String service = subscribers.catalog().services().get(0).id();
        List<String[]> routes = new ArrayList<>();
        for (String path : List.of("/plans", "/tariff", "/add-ons", "/services", "/favourites", "/block", "/forwarding", "/bonus")) {
            routes.add(new String[] {"GET", path});
        }
        routes.add(new String[] {"PUT", "/tariff", "{\"tariffId\":\"smart\"}"});
        routes.add(new String[] {"POST", "/add-ons", "{\"addOnId\":\"" + subscribers.catalog().addOns().get(0).id() + "\"}"});
        routes.add(new String[] {"PUT", "/services/" + service, "{}"});
        routes.add(new String[] {"DELETE", "/services/" + service});
        routes.add(new String[] {"POST", "/favourites", "{\"number\":\"79031234567\"}"});
        routes.add(new String[] {"DELETE", "/favourites/79031234567"});
        routes.add(new String[] {"PUT", "/block", "{}"});
        routes.add(new String[] {"DELETE", "/block"});
        routes.add(new String[] {"PUT", "/forwarding/busy", "{\"target\":\"79031234567\"}"});
        routes.add(new String[] {"DELETE", "/forwarding/busy"});
        routes.add(new String[] {"GET", "/family"});
        routes.add(new String[] {"POST", "/family/invitations", "{\"number\":\"" + mine + "\"}"});
        routes.add(new String[] {"POST", "/family/invitations/" + mine + "/accept", "{}"});
        routes.add(new String[] {"DELETE", "/family/invitations/" + mine});
        routes.add(new String[] {"DELETE", "/family/members/" + theirs});
        routes.add(new String[] {"POST", "/bonus/redemptions", "{\"rewardId\":\"x\"}"});
        routes.add(new String[] {"POST", "/bonus/gifts", "{\"to\":\"" + mine + "\",\"points\":10}"});
        routes.add(new String[] {"POST", "/bonus/claims", "{\"code\":\"123456\"}"});
        long balance = subscribers.read(theirs).balance();

        for (String[] route : routes) {
            var reply = send(client, route[0], api(theirs) + route[1], route.length > 2 ? route[2] : null);
            assertEquals(403, reply.status(), route[0] + " " + route[1] + ": " + reply.body());
            assertEquals(401, send(subscribers.fixture().client(), route[0], api(mine) + route[1], route.length > 2 ? route[2] : null).status(),
                    "without a login: " + route[0] + " " + route[1]);
        }
        for (String page : List.of("/plans", "/bonus")) {
            assertEquals(403, client.get("/account/" + theirs + page).status(), page);
        }
        var read = subscribers.read(theirs);
        assertEquals(balance, read.balance(), "nothing was done to their number");
        assertEquals(AccountStatus.ACTIVE, read.status());
        assertEquals(subscribers.catalog().tariffIndex("payg"), subscribers.account(theirs).tariff());
    }

    @Test
    void badJsonIsA400WithoutAStackTrace() throws Exception {
        long number = subscribers.provision(FIRST + 8, "payg", RICH);
        ApiClient client = subscribers.fixture().loggedIn(number);

        List<ApiClient.Reply> replies = List.of(
                client.put(api(number) + "/tariff", "{tariffId:"),
                client.put(api(number) + "/tariff", "[1,2]"),
                client.post(api(number) + "/add-ons", "{\"addOnId\":\"internet-1gb\",\"extra\":true}"),
                client.post(api(number) + "/favourites", "not json"),
                client.put(api(number) + "/forwarding/busy", null),
                client.put(api(number) + "/forwarding/busy", "{\"target\":{\"number\":1}}"));

        for (var reply : replies) {
            assertEquals(400, reply.status(), reply.body());
            assertFalse(reply.body().contains("Exception") || reply.body().contains("at io."), reply.body());
        }
        assertEquals(subscribers.catalog().tariffIndex("payg"), subscribers.account(number).tariff());
    }

    static ApiClient.Reply send(ApiClient client, String method, String path, String body) throws Exception {
        return switch (method) {
            case "GET" -> client.get(path);
            case "POST" -> client.post(path, body);
            case "PUT" -> client.put(path, body);
            case "DELETE" -> client.delete(path);
            default -> throw new IllegalArgumentException(method);
        };
    }

    static JsonNode bundle(JsonNode tariff, String unit) {
        for (JsonNode left : tariff.at("/bundles/units")) {
            if (left.get("unit").asText().equals(unit)) {
                return left;
            }
        }
        throw new AssertionError("no " + unit + " in " + tariff);
    }

    private static JsonNode offer(JsonNode tariff, String id) {
        for (JsonNode other : tariff.get("others")) {
            if (other.get("id").asText().equals(id)) {
                return other;
            }
        }
        throw new AssertionError("no tariff " + id + " offered in " + tariff);
    }
}
