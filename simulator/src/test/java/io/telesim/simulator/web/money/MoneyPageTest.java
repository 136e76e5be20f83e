package io.telesim.simulator.web.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.telesim.billing.money.Money;
import io.telesim.simulator.web.ApiClient;
import io.telesim.simulator.web.WebFixture;

/** The money page: it renders in English and Russian with the balance, test cards, history and forms. */
class MoneyPageTest {

    private static WebFixture fixture;

    @BeforeAll
    static void start() throws Exception {
        fixture = WebFixture.start(4);
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    @Test
    void thePageShowsTheBalanceTheTestCardsAndTheFormsInEnglishAndRussian() throws Exception {
        long number = WebFixture.FIRST;
        ApiClient client = fixture.loggedIn(number);
        String page = "/account/" + number + "/money";
        long balance = fixture.operator().engine().read(number).get().balance();

        var english = client.get(page + "?lang=en");
        assertEquals(200, english.status());
        String html = english.body();
        assertTrue(html.contains("Top up by bank card"), html);
        assertTrue(html.contains(Money.format(balance)));
        for (String card : new String[] {"4111 1111 1111 1111", "4000 0000 0000 0002", "4000 0000 0000 3220"}) {
            assertTrue(html.contains(card), card);
        }
        for (String id : new String[] {"id=\"top-up-form\"", "id=\"auto-top-up-form\"", "id=\"transfer-form\"", "id=\"payments-empty\"",
                "id=\"promised-unavailable\""}) {
            assertTrue(html.contains(id), id);
        }
        assertFalse(html.contains("[money."), "every text key exists");
        assertTrue(inputTag(html, "auto-card-number").contains("required"), "the auto top-up needs a card while none is linked");
        assertTrue(html.contains("An auto top-up needs no code from the bank"), "the test cards for the auto top-up");
        assertFalse(html.contains("id=\"auto-top-up-card\""), "no linked card yet");

        String russian = client.get(page + "?lang=ru").body();
        assertTrue(russian.contains("Пополнить банковской картой"), russian);
        assertTrue(russian.contains("Перевод на другой номер"));
        assertTrue(russian.contains("номер подключён слишком недавно"), "the promised payment's refusal in Russian");
        assertFalse(russian.contains("[money."));
    }

    @Test
    void thePageListsPaymentsWithTheirReasonsAndAsksForTheBanksCode() throws Exception {
        long number = WebFixture.FIRST + 1;
        ApiClient client = fixture.loggedIn(number);
        String payments = "/api/numbers/" + number + "/payments";
        client.post(payments, "{\"cardNumber\":\"4000000000000002\",\"expiry\":\"12/39\",\"cvc\":\"123\",\"amount\":10000}");
        long waiting = client.post(payments, "{\"cardNumber\":\"4000000000003220\",\"expiry\":\"12/39\",\"cvc\":\"123\",\"amount\":20000}")
                .json().get("id").asLong();
        var rule = client.put("/api/numbers/" + number + "/auto-top-up",
                "{\"threshold\":5000,\"amount\":30000,\"cardNumber\":\"4111 1111 1111 1111\",\"expiry\":\"12/39\",\"cvc\":\"123\"}");
        assertEquals(200, rule.status(), rule.body());

        String russian = client.get("/account/" + number + "/money?lang=ru").body();

        assertTrue(russian.contains("id=\"payments\""), russian);
        assertTrue(russian.contains("недостаточно средств на карте"), "the decline reason in Russian");
        assertTrue(russian.contains("data-api=\"/api/numbers/" + number + "/payments/" + waiting + "/confirm\""), "a form for the code");
        assertTrue(russian.contains("Когда баланс станет меньше 50.00 ₽, пополнить на 300.00 ₽."), "the auto top-up rule");
        assertTrue(russian.contains("Оплата с карты **** 1111, действует до 12/39."), "the linked card");
        assertFalse(inputTag(russian, "auto-card-number").contains("required"), "with a card linked, the rule is saved without typing it again");
        String english = client.get("/account/" + number + "/money?lang=en").body();
        assertTrue(english.contains("insufficient funds at the bank"));
        assertTrue(english.contains("awaiting the code"));
    }

    @Test
    void thePageNeedsALoginAndIsOnlyForTheAccountsNumbers() throws Exception {
        var anonymous = fixture.client().get("/account/" + WebFixture.FIRST + "/money");
        assertEquals(303, anonymous.status());
        assertEquals("/login", anonymous.header("Location"));
        ApiClient client = fixture.loggedIn(WebFixture.FIRST + 2);
        assertEquals(403, client.get("/account/" + (WebFixture.FIRST + 3) + "/money").status());
    }

    /** The {@code <input>} tag with {@code id} in {@code html}. */
    private static String inputTag(String html, String id) {
        int at = html.indexOf("id=\"" + id + "\"");
        assertTrue(at > 0, id);
        return html.substring(html.lastIndexOf("<input", at), html.indexOf('>', at) + 1);
    }
}
