package io.telesim.simulator.web.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.telesim.simulator.web.ApiClient;
import io.telesim.simulator.web.WebFixture;

/** F3 top-ups by bank card through the simulated acquirer, over the API with a real HTTP client. */
class CardPaymentApiTest {

    private static final String APPROVED = "4111 1111 1111 1111";
    private static final String DECLINED = "4000 0000 0000 0002";
    private static final String WITH_CODE = "4000 0000 0000 3220";

    private static WebFixture fixture;

    @BeforeAll
    static void start() throws Exception {
        fixture = WebFixture.start(13);
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    private static long number(int i) {
        return WebFixture.FIRST + i;
    }

    private static String payments(long number) {
        return "/api/numbers/" + number + "/payments";
    }

    private static String card(String cardNumber, String expiry, String cvc, long amount) {
        return "{\"cardNumber\":\"" + cardNumber + "\",\"expiry\":\"" + expiry + "\",\"cvc\":\"" + cvc + "\",\"amount\":" + amount + "}";
    }

    private static String card(String cardNumber, long amount) {
        return card(cardNumber, "12/39", "123", amount);
    }

    private static long balance(long number) throws Exception {
        return fixture.operator().engine().read(number).get().balance();
    }

    @Test
    void anApprovedCardRaisesTheBalanceByExactlyTheAmount() throws Exception {
        long number = number(0);
        ApiClient client = fixture.loggedIn(number);
        long before = balance(number);

        var paid = client.post(payments(number), card(APPROVED, 25_050));

        assertEquals(201, paid.status(), paid.body());
        assertEquals("approved", paid.json().get("state").asText());
        assertTrue(paid.json().get("credited").asBoolean());
        assertEquals("**** 1111", paid.json().get("card").asText());
        assertEquals(25_050, paid.json().get("amount").asLong());
        assertFalse(paid.body().contains("4111111111111111") || paid.body().contains("123\""), "no card number or CVC in answers");
        assertEquals(before + 25_050, balance(number));
        var again = client.get(payments(number) + "/" + paid.json().get("id").asLong());
        assertEquals(200, again.status());
        assertEquals(before + 25_050, balance(number), "looking at a credited payment credits nothing more");
    }

    @Test
    void aDeclinedCardLeavesTheBalanceAndIsInTheHistoryWithItsReason() throws Exception {
        long number = number(1);
        ApiClient client = fixture.loggedIn(number);
        long before = balance(number);

        var declined = client.post(payments(number), card(DECLINED, 10_000));

        assertEquals(402, declined.status(), declined.body());
        assertEquals("payment_declined", declined.json().get("code").asText());
        assertTrue(declined.json().get("error").asText().contains("insufficient funds at the bank"));
        assertEquals(before, balance(number));
        JsonNode newest = client.get(payments(number)).json().get("payments").get(0);
        assertEquals(declined.json().get("id").asLong(), newest.get("id").asLong());
        assertEquals("declined", newest.get("state").asText());
        assertEquals("insufficient funds at the bank", newest.get("reason").asText());
        assertEquals("**** 0002", newest.get("card").asText());
    }

    @Test
    void aCardThatTheTestBankDoesNotKnowIsDeclined() throws Exception {
        long number = number(2);
        ApiClient client = fixture.loggedIn(number);
        var declined = client.post(payments(number), card("5555 5555 5555 4444", 10_000));
        assertEquals(402, declined.status(), declined.body());
        assertTrue(declined.json().get("reason").asText().contains("does not know this card"));
    }

    @Test
    void aMistypedCardNumberFailsTheLuhnCheck() throws Exception {
        long number = number(3);
        ApiClient client = fixture.loggedIn(number);
        long before = balance(number);

        var mistyped = client.post(payments(number), card("4111 1111 1111 1112", 10_000));

        assertEquals(422, mistyped.status(), mistyped.body());
        assertEquals("card_number_invalid", mistyped.json().get("code").asText());
        assertTrue(mistyped.json().get("error").asText().contains("Luhn"));
        assertEquals(before, balance(number));
        assertEquals(0, client.get(payments(number)).json().get("payments").size(), "a mistyped card is no payment");
    }

    @Test
    void anExpiredCardABadCvcAndAnAmountOutsideTheLimitsAreRefusedBeforeTheBank() throws Exception {
        long number = number(4);
        ApiClient client = fixture.loggedIn(number);
        assertEquals("card_expired", client.post(payments(number), card(APPROVED, "01/20", "123", 10_000)).json().get("code").asText());
        assertEquals("expiry_invalid", client.post(payments(number), card(APPROVED, "13/30", "123", 10_000)).json().get("code").asText());
        assertEquals("cvc_invalid", client.post(payments(number), card(APPROVED, "12/39", "12", 10_000)).json().get("code").asText());
        var tooSmall = client.post(payments(number), card(APPROVED, 500));
        assertEquals(422, tooSmall.status());
        assertEquals("amount_out_of_limits", tooSmall.json().get("code").asText());
        var tooLarge = client.post(payments(number), card(APPROVED, 1_500_001));
        assertEquals("amount_out_of_limits", tooLarge.json().get("code").asText());
        assertEquals(0, client.get(payments(number)).json().get("payments").size());
    }

    @Test
    void theConfirmationCodeCardWaitsForTheCodeFromTheBanksSmsAndARepeatedConfirmTopsUpOnce() throws Exception {
        long number = number(5);
        ApiClient client = fixture.loggedIn(number);
        long before = balance(number);
        long lastSms = fixture.lastSmsId(number);

        var waiting = client.post(payments(number), card(WITH_CODE, 40_000));

        assertEquals(202, waiting.status(), waiting.body());
        assertEquals("awaiting_confirmation", waiting.json().get("state").asText());
        assertEquals(3, waiting.json().get("attemptsLeft").asInt());
        long deadline = waiting.json().get("confirmBefore").asLong() - System.currentTimeMillis();
        assertTrue(deadline > 9 * 60_000 && deadline <= 10 * 60_000, "ten minutes to confirm, was " + deadline + " ms");
        assertEquals(before, balance(number), "nothing is credited before the code");
        var sms = fixture.awaitSms(number, "Bank", lastSms);
        assertTrue(sms.text().contains("400.00"), sms.text());
        String code = ApiClient.codeIn(sms.text());
        String confirm = payments(number) + "/" + waiting.json().get("id").asLong() + "/confirm";

        var confirmed = client.post(confirm, "{\"code\":\"" + code + "\"}");

        assertEquals(200, confirmed.status(), confirmed.body());
        assertEquals("approved", confirmed.json().get("state").asText());
        assertTrue(confirmed.json().get("credited").asBoolean());
        assertEquals(before + 40_000, balance(number));
        var repeated = client.post(confirm, "{\"code\":\"" + code + "\"}");
        assertEquals(200, repeated.status(), repeated.body());
        assertEquals(before + 40_000, balance(number), "a repeated confirmation tops up nothing more");
    }

    @Test
    void confirmationsSentTogetherTopUpOnce() throws Exception {
        long number = number(6);
        ApiClient client = fixture.loggedIn(number);
        long before = balance(number);
        long lastSms = fixture.lastSmsId(number);
        long id = client.post(payments(number), card(WITH_CODE, 12_345)).json().get("id").asLong();
        String body = "{\"code\":\"" + ApiClient.codeIn(fixture.awaitSms(number, "Bank", lastSms).text()) + "\"}";

        // One browser sends one request at a time (its CSRF token changes with each), so six sessions of the account.
        assertEquals(200, client.put("/api/password", "{\"password\":\"Secret2026x\"}").status());
        List<ApiClient> sessions = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            ApiClient session = fixture.client();
            assertEquals(200, session.post("/api/login", "{\"number\":\"" + number + "\",\"password\":\"Secret2026x\"}").status());
            session.csrfToken();
            sessions.add(session);
        }
        ExecutorService threads = Executors.newFixedThreadPool(sessions.size());
        try {
            List<Future<ApiClient.Reply>> replies = new ArrayList<>();
            for (ApiClient session : sessions) {
                replies.add(threads.submit(() -> session.post(payments(number) + "/" + id + "/confirm", body)));
            }
            for (Future<ApiClient.Reply> reply : replies) {
                assertEquals(200, reply.get().status(), reply.get().body());
            }
        } finally {
            threads.shutdownNow();
        }
        assertEquals(before + 12_345, balance(number));
    }

    @Test
    void aWrongCodeUsesAnAttemptAndThreeWrongCodesFailThePayment() throws Exception {
        long number = number(7);
        ApiClient client = fixture.loggedIn(number);
        long before = balance(number);
        long lastSms = fixture.lastSmsId(number);
        long id = client.post(payments(number), card(WITH_CODE, 20_000)).json().get("id").asLong();
        String code = ApiClient.codeIn(fixture.awaitSms(number, "Bank", lastSms).text());
        String wrong = "{\"code\":\"" + (code.equals("000000") ? "111111" : "000000") + "\"}";
        String confirm = payments(number) + "/" + id + "/confirm";

        var first = client.post(confirm, wrong);
        assertEquals(422, first.status());
        assertEquals("wrong_code", first.json().get("code").asText());
        assertTrue(first.json().get("error").asText().contains("2 attempts left"), first.body());
        assertEquals(2, client.get(payments(number) + "/" + id).json().get("attemptsLeft").asInt());
        client.post(confirm, wrong);
        var third = client.post(confirm, wrong);
        assertEquals(422, third.status());
        assertEquals("payment_failed", third.json().get("code").asText());

        var late = client.post(confirm, "{\"code\":\"" + code + "\"}");
        assertEquals(409, late.status(), "the right code after the payment failed");
        assertEquals("payment_failed", late.json().get("code").asText());
        assertEquals(before, balance(number));
        JsonNode payment = client.get(payments(number) + "/" + id).json();
        assertEquals("failed", payment.get("state").asText());
        assertEquals(PaymentBook.TOO_MANY_WRONG_CODES, payment.get("reason").asText());
    }

    @Test
    void theHistoryIsNewestFirstAndPagedByCursor() throws Exception {
        long number = number(8);
        ApiClient client = fixture.loggedIn(number);
        List<Long> paid = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            paid.add(client.post(payments(number), card(i % 2 == 0 ? APPROVED : DECLINED, 1_000 * (10 + i))).json().get("id").asLong());
        }

        List<Long> listed = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var page = client.get(payments(number) + "?limit=2" + (cursor == null ? "" : "&cursor=" + cursor)).json();
            assertTrue(page.get("payments").size() <= 2);
            page.get("payments").forEach(payment -> listed.add(payment.get("id").asLong()));
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asText();
            pages++;
        } while (cursor != null && pages < 10);

        assertEquals(List.of(paid.get(4), paid.get(3), paid.get(2), paid.get(1), paid.get(0)), listed);
        assertEquals(3, pages);
        assertEquals(400, client.get(payments(number) + "?cursor=abc").status());
        assertEquals(400, client.get(payments(number) + "?limit=0").status());
        assertEquals(400, client.get(payments(number) + "?limit=many").status());
    }

    @Test
    void anotherSubscribersPaymentsAreForbidden() throws Exception {
        long mine = number(9);
        long theirs = number(10);
        ApiClient me = fixture.loggedIn(mine);
        ApiClient them = fixture.loggedIn(theirs);
        long lastSms = fixture.lastSmsId(theirs);
        long id = them.post(payments(theirs), card(WITH_CODE, 10_000)).json().get("id").asLong();
        String code = ApiClient.codeIn(fixture.awaitSms(theirs, "Bank", lastSms).text());
        long before = balance(theirs);

        assertEquals(403, me.post(payments(theirs), card(APPROVED, 10_000)).status());
        assertEquals(403, me.get(payments(theirs)).status());
        assertEquals(403, me.get(payments(theirs) + "/" + id).status());
        assertEquals(403, me.post(payments(theirs) + "/" + id + "/confirm", "{\"code\":\"" + code + "\"}").status());
        assertEquals(404, me.post(payments(mine) + "/" + id + "/confirm", "{\"code\":\"" + code + "\"}").status(),
                "another number's payment is not found under mine");
        assertEquals(401, fixture.client().get(payments(mine)).status());
        assertEquals(before, balance(theirs));
    }

    @Test
    void badRequestsGetA400AndUnknownPaymentsA404() throws Exception {
        long number = number(11);
        ApiClient client = fixture.loggedIn(number);
        assertEquals(400, client.post(payments(number), "{not json").status());
        var unknownField = client.post(payments(number), card(APPROVED, 10_000).replace("}", ",\"pin\":\"1234\"}"));
        assertEquals(400, unknownField.status());
        assertTrue(unknownField.json().get("error").asText().contains("pin"), unknownField.body());
        assertEquals(400, client.post(payments(number), "{\"amount\":10000}").status());
        assertEquals(400, client.post(payments(number), card(APPROVED, 1).replace("1}", "\"ten\"}")).status());
        assertEquals(404, client.get(payments(number) + "/12345").status());
        assertEquals(404, client.get(payments(number) + "/abc").status());
        assertEquals(400, client.post(payments(number) + "/12345/confirm", "{}").status());
        Set<String> codes = new HashSet<>();
        for (var reply : List.of(client.post(payments(number), "{not json"), client.get(payments(number) + "/12345"))) {
            assertFalse(reply.body().contains("Exception"), reply.body());
            codes.add(reply.json().get("code").asText());
        }
        assertEquals(Set.of("bad_request", "not_found"), codes);
    }

    @Test
    void theMoneyOverviewListsTheTestCardsAndLimits() throws Exception {
        long number = number(12);
        ApiClient client = fixture.loggedIn(number);
        JsonNode money = client.get("/api/numbers/" + number + "/money").json();
        assertEquals(balance(number), money.get("balance").asLong());
        assertEquals(1_000, money.get("topUpMinAmount").asLong());
        Set<String> cards = new HashSet<>();
        money.get("testCards").forEach(card -> cards.add(card.get("number").asText() + "=" + card.get("behaviour").asText()));
        assertEquals(Set.of("4111111111111111=approved", "4000000000000002=declined", "4000000000003220=confirmation_code"), cards);
        assertNull(money.get("payments").get("nextCursor").textValue());
    }
}
