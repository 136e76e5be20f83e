package io.telesim.simulator.web.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.telesim.simulator.offline.Subscriber;
import io.telesim.simulator.web.ApiClient;
import io.telesim.simulator.web.WebFixture;

/** F8's refusals in clear words, the codes, who may ask, and the page in both languages. */
class NumbersRefusalsTest {

    private static final long FIRST = WebFixture.FIRST;
    /** A number of ours in region 50 (Moscow Oblast); the fixture's are in region 77 (Moscow). */
    private static final long OBLAST = 79_850_000_001L;

    private static WebFixture fixture;
    private static NumbersFixture numbers;

    @BeforeAll
    static void start() throws Exception {
        fixture = WebFixture.start(13);
        fixture.operator().provision(List.of(new Subscriber(OBLAST, fixture.operator().engine().catalog().defaultTariff(), 50_000, 1)));
        numbers = new NumbersFixture(fixture);
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    @Test
    void numbersOfDifferentOwnersCannotShareAnAccount() throws Exception {
        long anna = FIRST;
        long stranger = FIRST + 1;
        numbers.connectNumberManagement(anna, stranger);
        var reply = fixture.loggedIn(anna).post("/api/numbers/" + anna + "/account-numbers/code", "{\"number\":\"" + stranger + "\"}");
        assertEquals(422, reply.status());
        assertEquals("different_owner", reply.json().get("code").asText());
        assertTrue(reply.json().get("error").asText().contains("another owner"), reply.body());
        assertEquals(0, fixture.lastSmsId(stranger), "no code is sent for a number that cannot join");
    }

    @Test
    void numbersOfDifferentRegionsCannotShareAnAccount() throws Exception {
        long boris = FIRST + 2;
        numbers.owners().set(OBLAST, Long.toString(boris));
        numbers.connectNumberManagement(boris, OBLAST);
        var reply = fixture.loggedIn(boris).post("/api/numbers/" + boris + "/account-numbers/code", "{\"number\":\"+7 985 000-00-01\"}");
        assertEquals(422, reply.status());
        assertEquals("different_region", reply.json().get("code").asText());
        assertTrue(reply.json().get("error").asText().contains("(50)") && reply.json().get("error").asText().contains("(77)"), reply.body());
    }

    @Test
    void bothNumbersNeedNumberManagement() throws Exception {
        long vera = FIRST + 3;
        long second = FIRST + 4;
        numbers.owners().set(second, Long.toString(vera));
        ApiClient client = fixture.loggedIn(vera);
        String path = "/api/numbers/" + vera + "/account-numbers/code";
        String body = "{\"number\":\"" + second + "\"}";
        var neither = client.post(path, body);
        assertEquals(422, neither.status());
        assertEquals("number_management_missing", neither.json().get("code").asText());
        assertTrue(neither.json().get("error").asText().contains("*111*828*1#"), neither.body());
        numbers.connectNumberManagement(vera);
        var onlyOne = client.post(path, body);
        assertEquals("number_management_missing", onlyOne.json().get("code").asText());
        assertTrue(onlyOne.json().get("error").asText().contains("connected on " + second), onlyOne.body());
        numbers.connectNumberManagement(second);
        assertEquals(202, client.post(path, body).status());
    }

    @Test
    void aWrongCodeIsRefusedAndFiveWrongCodesVoidTheCode() throws Exception {
        long gleb = FIRST + 5;
        long second = FIRST + 6;
        numbers.owners().set(second, Long.toString(gleb));
        numbers.connectNumberManagement(gleb, second);
        ApiClient client = fixture.loggedIn(gleb);
        String code = numbers.code(client, gleb, second);
        String wrong = code.equals("000000") ? "111111" : "000000";
        var first = numbers.request(client, gleb, second, wrong);
        assertEquals(422, first.status());
        assertEquals("wrong_code", first.json().get("code").asText());
        assertTrue(first.json().get("error").asText().contains("4 attempts left"), first.body());
        for (int i = 0; i < 4; i++) {
            numbers.request(client, gleb, second, wrong);
        }
        var right = numbers.request(client, gleb, second, code);
        assertEquals(422, right.status());
        assertEquals("too_many_attempts", right.json().get("code").asText());
        assertEquals(0, client.get("/api/numbers/" + gleb + "/account-numbers").json().get("requests").size());
    }

    @Test
    void aCodeWorksOnlyForTheAccountThatAskedForIt() throws Exception {
        long dina = FIRST + 7;
        long shared = FIRST + 8;
        long egor = FIRST + 9;
        numbers.owners().set(shared, Long.toString(dina));
        numbers.owners().set(egor, Long.toString(dina));
        numbers.connectNumberManagement(dina, shared, egor);
        String code = numbers.code(fixture.loggedIn(dina), dina, shared);
        var other = numbers.request(fixture.loggedIn(egor), egor, shared, code);
        assertEquals(422, other.status());
        assertEquals("no_code", other.json().get("code").asText());
    }

    @Test
    void aNumberOfTheAccountOrNotOfTheOperatorIsRefused() throws Exception {
        long zoya = FIRST + 10;
        ApiClient client = fixture.loggedIn(zoya);
        var own = client.post("/api/numbers/" + zoya + "/account-numbers/code", "{\"number\":\"" + zoya + "\"}");
        assertEquals(422, own.status());
        assertEquals("already_in_your_account", own.json().get("code").asText());
        var unknown = client.post("/api/numbers/" + zoya + "/account-numbers/code", "{\"number\":\"79169999999\"}");
        assertEquals(422, unknown.status());
        assertEquals("not_a_subscriber", unknown.json().get("code").asText());
        assertEquals(400, client.post("/api/numbers/" + zoya + "/account-numbers/code", "{\"number\":\"call me\"}").status());
        assertEquals(400, client.post("/api/numbers/" + zoya + "/account-numbers/requests", "{\"number\":\"" + (FIRST + 11) + "\"}").status());
    }

    @Test
    void anotherSubscribersNumbersAreForbidden() throws Exception {
        ApiClient client = fixture.loggedIn(FIRST + 12);
        assertEquals(403, client.get("/api/numbers/" + FIRST + "/account-numbers").status());
        assertEquals(403, client.post("/api/numbers/" + FIRST + "/account-numbers/code", "{\"number\":\"" + (FIRST + 12) + "\"}").status());
        assertEquals(403, client.get("/account/" + FIRST + "/numbers").status());
        assertEquals(401, fixture.client().get("/api/numbers/" + FIRST + "/account-numbers").status());
        assertEquals(303, fixture.client().get("/account/" + FIRST + "/numbers").status());
    }

    @Test
    void theNumbersPageSpeaksEnglishAndRussian() throws Exception {
        long number = FIRST + 11;
        ApiClient client = fixture.loggedIn(number);
        var english = client.get("/account/" + number + "/numbers?lang=en");
        assertEquals(200, english.status(), english.body());
        assertTrue(english.body().contains("Add a number"));
        assertTrue(english.body().contains("id=\"number-" + number + "\""), "the account's number is listed");
        assertTrue(english.body().contains("Moscow"), "with its region");
        assertTrue(english.body().contains("data-api=\"/api/numbers/" + number + "/account-numbers/code\""));
        assertFalse(english.body().contains("[numbers."));
        var russian = client.get("/account/" + number + "/numbers?lang=ru");
        assertTrue(russian.body().contains("Добавить номер"));
        assertFalse(russian.body().contains("[numbers."));
    }
}
