package io.telesim.simulator.web.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.telesim.billing.number.Msisdn;
import io.telesim.engine.clock.ManualClock;
import io.telesim.engine.handset.InboxMessage;
import io.telesim.simulator.web.ApiClient;
import io.telesim.simulator.web.WebFixture;
import io.telesim.simulator.web.login.WebAccounts;
import io.telesim.smpp.centre.NotificationSms;

/**
 * F8 from the request to the joined number, on an operator clock the test moves: two business days with a
 * weekend between, completed by the timer without anyone asking, and refused when a rule stops holding.
 */
class NumbersFlowTest {

    private static final long ANNA = WebFixture.FIRST;
    private static final long BORIS = WebFixture.FIRST + 1;
    private static final long VERA = WebFixture.FIRST + 2;
    private static final long GLEB = WebFixture.FIRST + 3;
    /** Thursday 14 May 2026, noon in Moscow. */
    private static final OffsetDateTime THURSDAY_NOON = OffsetDateTime.parse("2026-05-14T12:00:00+03:00");

    private static ManualClock clock;
    private static WebFixture fixture;
    private static NumbersFixture numbers;

    @BeforeAll
    static void start() throws Exception {
        clock = new ManualClock(THURSDAY_NOON.toInstant().toEpochMilli());
        fixture = WebFixture.start(4, null, clock);
        numbers = new NumbersFixture(fixture);
        for (long number : new long[] {BORIS, VERA, GLEB}) {
            numbers.owners().set(number, Long.toString(ANNA));
        }
        numbers.connectNumberManagement(ANNA, BORIS, VERA, GLEB);
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    @Test
    void aRequestCompletesTwoBusinessDaysLaterWithoutAnyoneAskingAndTheNumberJoinsTheAccount() throws Exception {
        ApiClient anna = fixture.loggedIn(ANNA);
        var boris = numbers.request(anna, ANNA, BORIS, numbers.code(anna, ANNA, BORIS));
        assertEquals(202, boris.status(), boris.body());
        assertEquals("submitted", boris.json().get("status").asText());
        assertEquals(THURSDAY_NOON.plusDays(4).toInstant().toEpochMilli(), boris.json().get("dueAt").asLong(),
                "Thursday noon plus Friday and Monday: Monday noon");
        var vera = numbers.request(anna, ANNA, VERA, numbers.code(anna, ANNA, VERA));
        assertEquals(202, vera.status(), vera.body());
        var again = anna.post("/api/numbers/" + ANNA + "/account-numbers/code", "{\"number\":\"" + BORIS + "\"}");
        assertEquals(422, again.status());
        assertEquals("request_pending", again.json().get("code").asText());
        numbers.disconnectNumberManagement(VERA);

        clock.set(THURSDAY_NOON.plusDays(2).plusHours(1).toInstant().toEpochMilli());
        assertEquals(List.of("submitted", "submitted"), statuses(anna), "Saturday: 49 hours later, but one business day");
        clock.set(THURSDAY_NOON.plusDays(4).minusMinutes(1).toInstant().toEpochMilli());
        assertEquals(List.of("submitted", "submitted"), statuses(anna), "Monday 11:59");

        long smsBefore = fixture.lastSmsId(ANNA);
        clock.set(THURSDAY_NOON.plusDays(4).plusSeconds(1).toInstant().toEpochMilli());
        WebAccounts accounts = new WebAccounts(fixture.operator().webStore());
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!accounts.ofNumber(ANNA).orElseThrow().owns(BORIS) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertTrue(accounts.ofNumber(ANNA).orElseThrow().owns(BORIS), "the timer completed the request");
        List<String> notices = noticesAfter(smsBefore, 2);
        assertTrue(notices.stream().anyMatch(text -> text.startsWith("Number " + new Msisdn(BORIS).formatted() + " is now in your account")),
                notices.toString());
        assertTrue(notices.stream().anyMatch(text -> text.startsWith("Your request to add " + new Msisdn(VERA).formatted() + " to your account was refused: number management")),
                notices.toString());

        JsonNode view = anna.get("/api/numbers/" + ANNA + "/account-numbers").json();
        assertEquals(List.of(ANNA, BORIS), List.of(view.get("numbers").get(0).get("number").asLong(),
                view.get("numbers").get(1).get("number").asLong()));
        JsonNode veraRequest = request(view, VERA);
        assertEquals("refused", veraRequest.get("status").asText());
        assertEquals("number_management_missing", veraRequest.get("refusalCode").asText());
        assertTrue(veraRequest.get("refusal").asText().contains(Long.toString(VERA)));
        assertEquals("done", request(view, BORIS).get("status").asText());
        assertFalse(accounts.ofNumber(ANNA).orElseThrow().owns(VERA));
        String id = request(view, BORIS).get("id").asText();
        assertEquals("done", anna.get("/api/numbers/" + ANNA + "/account-numbers/requests/" + id).json().get("status").asText());
        assertEquals(404, anna.get("/api/numbers/" + ANNA + "/account-numbers/requests/nothing").status());

        assertEquals(200, anna.get("/api/numbers/" + BORIS + "/overview").status(), "the account may read its new number");
        String page = anna.get("/account/" + BORIS + "/numbers?lang=en").body();
        assertTrue(page.contains("<option value=\"" + BORIS + "\" selected>"), "the header switches between the numbers");
        assertTrue(page.contains("refused: number management (*111*828*1#) is not connected on both numbers"), page);
        String russian = anna.get("/account/" + ANNA + "/numbers?lang=ru").body();
        assertTrue(russian.contains("отклонена"), russian);
        assertTrue(russian.contains("номер добавлен"));

        assertEquals(ANNA, fixture.client().login(BORIS, fixture).get("login").asLong(), "the added number logs into the account");

        ApiClient gleb = fixture.loggedIn(GLEB);
        var taken = gleb.post("/api/numbers/" + GLEB + "/account-numbers/code", "{\"number\":\"" + BORIS + "\"}");
        assertEquals(422, taken.status());
        assertEquals("already_in_account", taken.json().get("code").asText());
    }

    /** The texts of the SMS from Telesim that reached ANNA after {@code afterId}, waiting up to 10 s for {@code count}. */
    private static List<String> noticesAfter(long afterId, int count) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        List<String> texts = new ArrayList<>();
        while (texts.size() < count && System.nanoTime() < deadline) {
            texts.clear();
            for (InboxMessage message : fixture.operator().handsets().inbox(ANNA)) {
                if (message.id() > afterId && message.sender().equals(NotificationSms.SENDER)) {
                    texts.add(message.text());
                }
            }
            Thread.sleep(20);
        }
        return texts;
    }

    private static List<String> statuses(ApiClient client) throws Exception {
        List<String> statuses = new ArrayList<>();
        for (JsonNode request : client.get("/api/numbers/" + ANNA + "/account-numbers").json().get("requests")) {
            statuses.add(request.get("status").asText());
        }
        return statuses;
    }

    private static JsonNode request(JsonNode view, long number) {
        for (JsonNode request : view.get("requests")) {
            if (request.get("number").asLong() == number) {
                return request;
            }
        }
        throw new AssertionError("no request for " + number + " in " + view);
    }
}
