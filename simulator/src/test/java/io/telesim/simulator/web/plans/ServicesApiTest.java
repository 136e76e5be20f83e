package io.telesim.simulator.web.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

import io.telesim.billing.catalog.FeePeriod;
import io.telesim.billing.catalog.ServiceSpec;
import io.telesim.billing.result.Outcome;
import io.telesim.simulator.web.ApiClient;

/** F5 (services, number management, favourite numbers) through the API with a real HTTP client. */
class ServicesApiTest {

    private static final long FIRST = 79_162_001_001L;
    private static final long RICH = 200_000;

    @RegisterExtension
    static final Subscribers subscribers = new Subscribers();

    private static String api(long msisdn) {
        return "/api/numbers/" + msisdn;
    }

    @Test
    void everyServiceIsListedWithItsFeesAndWhetherItIsConnected() throws Exception {
        long number = subscribers.provision(FIRST, "payg", RICH);
        ApiClient client = subscribers.fixture().loggedIn(number);

        JsonNode services = client.get(api(number) + "/services").json().get("services");

        assertEquals(subscribers.catalog().services().size(), services.size());
        for (int i = 0; i < subscribers.catalog().services().size(); i++) {
            ServiceSpec spec = subscribers.catalog().service(i);
            JsonNode service = services.get(i);
            assertEquals(spec.id(), service.get("id").asText());
            assertEquals(spec.connectionFee(), service.get("connectionFee").asLong());
            assertEquals(spec.fee().kopecks(), service.get("fee").asLong());
            assertEquals(spec.fee().period().name().toLowerCase(), service.get("feePeriod").asText());
            assertFalse(service.get("connected").asBoolean());
        }
    }

    @Test
    void connectingChargesTheConnectionAndFirstFeeAndDisconnectingTurnsItOff() throws Exception {
        long number = subscribers.provision(FIRST + 1, "payg", RICH);
        ApiClient client = subscribers.fixture().loggedIn(number);
        int index = firstService(spec -> spec.connectionFee() > 0 && spec.fee().period() == FeePeriod.DAILY);
        ServiceSpec spec = subscribers.catalog().service(index);
        long balance = subscribers.read(number).balance();

        var connected = client.put(api(number) + "/services/" + spec.id(), "{}");

        assertEquals(200, connected.status(), connected.body());
        assertTrue(service(connected.json(), spec.id()).get("connected").asBoolean());
        assertTrue(subscribers.account(number).hasService(index));
        long charged = spec.connectionFee() + spec.fee().kopecks();
        assertEquals(balance - charged, subscribers.read(number).balance(), "the connection fee and today's fee");
        assertEquals(balance - charged, connected.json().get("balance").asLong());

        var again = client.put(api(number) + "/services/" + spec.id(), "{}");
        assertEquals(409, again.status());
        assertEquals(Outcome.SERVICE_ALREADY_CONNECTED.reason(), again.json().get("error").asText());

        var disconnected = client.delete(api(number) + "/services/" + spec.id());
        assertEquals(200, disconnected.status(), disconnected.body());
        assertFalse(service(disconnected.json(), spec.id()).get("connected").asBoolean());
        assertFalse(subscribers.account(number).hasService(index));
        assertEquals(balance - charged, subscribers.read(number).balance(), "disconnecting refunds and charges nothing");
        assertEquals(409, client.delete(api(number) + "/services/" + spec.id()).status());
        assertEquals(404, client.put(api(number) + "/services/no-such-service", "{}").status());
    }

    @Test
    void aServiceIncompatibleWithAConnectedOneIsRefused() throws Exception {
        long number = subscribers.provision(FIRST + 2, "payg", RICH);
        ApiClient client = subscribers.fixture().loggedIn(number);
        JsonNode services = client.get(api(number) + "/services").json().get("services");
        JsonNode first = null;
        for (JsonNode service : services) {
            if (!service.get("incompatibleWith").isEmpty()) {
                first = service;
                break;
            }
        }
        assertNotNull(first, "the catalog has incompatible services");
        String second = first.get("incompatibleWith").get(0).asText();
        assertEquals(200, client.put(api(number) + "/services/" + first.get("id").asText(), "{}").status());

        var refused = client.put(api(number) + "/services/" + second, "{}");

        assertEquals(409, refused.status());
        assertEquals("service_incompatible", refused.json().get("code").asText());
        assertFalse(subscribers.account(number).hasService(subscribers.catalog().serviceIndex(second)));
    }

    @Test
    void numberManagementIsConnectedLikeItsUssdCode() throws Exception {
        long number = subscribers.provision(FIRST + 3, "payg", RICH);
        ApiClient client = subscribers.fixture().loggedIn(number);
        int index = subscribers.catalog().serviceByUssdCode("*111*828*1#");
        String id = subscribers.catalog().service(index).id();
        JsonNode before = service(client.get(api(number) + "/services").json(), id);
        assertTrue(before.get("numberManagement").asBoolean());
        assertEquals("*111*828*1#", before.get("ussdCode").asText());

        assertEquals(200, client.put(api(number) + "/services/" + id, "{}").status());

        assertTrue(subscribers.account(number).hasService(index));
        assertTrue(service(client.get(api(number) + "/services").json(), id).get("connected").asBoolean());
    }

    @Test
    void favouriteNumbersNeedTheServiceAndFillItsSlots() throws Exception {
        long number = subscribers.provision(FIRST + 4, "payg", RICH);
        ApiClient client = subscribers.fixture().loggedIn(number);
        JsonNode favourites = client.get(api(number) + "/favourites").json();
        String service = favourites.get("serviceId").asText();
        int slots = favourites.get("slots").asInt();

        var early = client.post(api(number) + "/favourites", "{\"number\":\"+7 903 123-45-67\"}");
        assertEquals(409, early.status());
        assertEquals("service_not_connected", early.json().get("code").asText());

        assertEquals(200, client.put(api(number) + "/services/" + service, "{}").status());
        List<Long> added = new ArrayList<>();
        for (int i = 0; i < slots; i++) {
            long favourite = 79_031_234_560L + i;
            var reply = client.post(api(number) + "/favourites", "{\"number\":\"8 903 123-45-6" + i + "\"}");
            assertEquals(200, reply.status(), reply.body());
            added.add(favourite);
        }
        List<Long> shown = new ArrayList<>();
        client.get(api(number) + "/favourites").json().get("numbers").forEach(n -> shown.add(n.asLong()));
        assertEquals(added, shown);
        assertTrue(subscribers.account(number).isFavourite(added.get(0)));
        var full = client.post(api(number) + "/favourites", "{\"number\":\"79039999999\"}");
        assertEquals(409, full.status());
        assertEquals("favourites_full", full.json().get("code").asText());

        var removed = client.delete(api(number) + "/favourites/" + added.get(0));
        assertEquals(200, removed.status(), removed.body());
        assertEquals(slots - 1, removed.json().get("numbers").size());
        assertFalse(subscribers.account(number).isFavourite(added.get(0)));
        assertEquals(400, client.post(api(number) + "/favourites", "{\"number\":\"12ab\"}").status());
        assertEquals(409, client.post(api(number) + "/favourites", "{\"number\":\"" + number + "\"}").status(), "not your own number");
    }

    private static int firstService(java.util.function.Predicate<ServiceSpec> test) {
        for (int i = 0; i < subscribers.catalog().services().size(); i++) {
            if (test.test(subscribers.catalog().service(i))) {
                return i;
            }
        }
        throw new AssertionError("the catalog has no such service");
    }

    private static JsonNode service(JsonNode section, String id) {
        for (JsonNode service : section.get("services")) {
            if (service.get("id").asText().equals(id)) {
                return service;
            }
        }
        throw new AssertionError("no service " + id);
    }
}
