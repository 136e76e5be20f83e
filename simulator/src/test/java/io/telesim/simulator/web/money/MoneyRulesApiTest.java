package io.telesim.simulator.web.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.telesim.billing.account.AccountRecord;
import io.telesim.billing.catalog.Catalog;
import io.telesim.billing.catalog.Policies;
import io.telesim.billing.catalog.PromisedPaymentPolicy;
import io.telesim.billing.catalog.TransferPolicy;
import io.telesim.simulator.catalog.CatalogLoader;
import io.telesim.simulator.web.ApiClient;
import io.telesim.simulator.web.WebFixture;

/**
 * F3 rules over the API with a real HTTP client: the auto top-up rule, the promised payment and transfers.
 * The catalog is the default one except that a promised payment does not wait for the number to be 60
 * days old (the operator's clock is real time here); it still needs 300 roubles of top-ups.
 */
class MoneyRulesApiTest {

    private static final String CARD = "\"cardNumber\":\"4111111111111111\",\"expiry\":\"12/39\",\"cvc\":\"123\"";

    private static WebFixture fixture;
    private static Catalog catalog;

    @BeforeAll
    static void start() throws Exception {
        catalog = withNewNumbersAllowedPromisedPayments(CatalogLoader.loadDefault());
        fixture = WebFixture.start(12, catalog);
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    private static Catalog withNewNumbersAllowedPromisedPayments(Catalog base) {
        Policies p = base.policies();
        PromisedPaymentPolicy promised = p.promisedPayment();
        PromisedPaymentPolicy anyAge = new PromisedPaymentPolicy(promised.minAmount(), promised.maxAmount(), promised.fees(),
                promised.dueDays(), 0, promised.minTopUpsLastThreeMonths(), promised.minBalance());
        return new Catalog(base.name(), base.calendar(), base.numbering(), base.tariffs(), base.services(), base.addOns(),
                new Policies(anyAge, p.transfer(), p.topUp(), p.bonus(), p.tariffChange(), p.account()),
                base.tariff(base.defaultTariff()).id());
    }

    private static long number(int i) {
        return WebFixture.FIRST + i;
    }

    private static long balance(long number) throws Exception {
        return fixture.operator().engine().read(number).get().balance();
    }

    private static AccountRecord account(long number) throws Exception {
        AccountRecord copy = AccountRecord.onHeap();
        assertTrue(fixture.operator().engine().query(view -> view.account(number, copy)).get());
        return copy;
    }

    @Test
    void theAutoTopUpRuleIsSetReadAndCleared() throws Exception {
        long number = number(0);
        ApiClient client = fixture.loggedIn(number);
        String rule = "/api/numbers/" + number + "/auto-top-up";
        assertFalse(client.get(rule).json().get("enabled").asBoolean());

        var set = client.put(rule, "{\"threshold\":5000,\"amount\":30000," + CARD + "}");

        assertEquals(200, set.status(), set.body());
        assertTrue(set.json().get("enabled").asBoolean());
        assertEquals("**** 1111", set.json().get("card").asText());
        assertEquals(5_000, account(number).autoTopUpThreshold());
        assertEquals(30_000, account(number).autoTopUpAmount());
        JsonNode read = client.get(rule).json();
        assertEquals(5_000, read.get("threshold").asLong());
        assertEquals(30_000, read.get("amount").asLong());
        assertEquals(catalog.policies().topUp().autoMinAmount(), read.get("minAmount").asLong());

        var cleared = client.delete(rule);
        assertEquals(200, cleared.status(), cleared.body());
        assertFalse(cleared.json().get("enabled").asBoolean());
        assertEquals(0, account(number).autoTopUpThreshold());
        assertFalse(client.get(rule).json().get("enabled").asBoolean());
        assertTrue(client.get(rule).json().get("card").isNull(), "clearing the rule unlinks its card");
    }

    @Test
    void anAutoTopUpOutsideTheLimitsOrWithoutAThresholdIsRefused() throws Exception {
        long number = number(1);
        ApiClient client = fixture.loggedIn(number);
        String rule = "/api/numbers/" + number + "/auto-top-up";
        var tooMuch = client.put(rule, "{\"threshold\":5000,\"amount\":" + (catalog.policies().topUp().autoMaxAmount() + 1) + "}");
        assertEquals(422, tooMuch.status());
        assertEquals("amount_out_of_limits", tooMuch.json().get("code").asText());
        assertEquals("threshold_invalid", client.put(rule, "{\"threshold\":0,\"amount\":30000}").json().get("code").asText());
        assertEquals(400, client.put(rule, "{\"threshold\":\"low\",\"amount\":30000}").status());
        assertEquals(400, client.put(rule, "[1,2]").status());
        assertEquals(0, account(number).autoTopUpThreshold());
        assertEquals(403, client.put("/api/numbers/" + number(2) + "/auto-top-up", "{\"threshold\":5000,\"amount\":30000," + CARD + "}")
                .status());
        assertEquals(403, client.delete("/api/numbers/" + number(2) + "/auto-top-up").status());
    }

    @Test
    void aPromisedPaymentIsTakenOnceTheTopUpsAreEnoughAndRefusedWhileOneIsOpen() throws Exception {
        long number = number(3);
        ApiClient client = fixture.loggedIn(number);
        String promised = "/api/numbers/" + number + "/promised-payment";
        JsonNode before = client.get(promised).json();
        assertFalse(before.get("available").asBoolean());
        assertEquals("promised_payment_too_few_top_ups", before.get("refusalCode").asText());
        var tooEarly = client.post(promised, "{\"amount\":10000}");
        assertEquals(409, tooEarly.status(), tooEarly.body());
        assertEquals("promised_payment_too_few_top_ups", tooEarly.json().get("code").asText());

        var topUp = client.post("/api/numbers/" + number + "/payments",
                "{\"cardNumber\":\"4111111111111111\",\"expiry\":\"12/39\",\"cvc\":\"123\",\"amount\":30000}");
        assertEquals(201, topUp.status(), topUp.body());
        assertTrue(client.get(promised).json().get("available").asBoolean());
        long balance = balance(number);

        var taken = client.post(promised, "{\"amount\":10000}");

        assertEquals(200, taken.status(), taken.body());
        assertTrue(taken.json().get("open").asBoolean());
        assertEquals(10_000, taken.json().get("outstanding").asLong());
        assertTrue(taken.json().get("dueAt").asLong() > System.currentTimeMillis());
        long fee = catalog.policies().promisedPayment().feeFor(10_000);
        assertEquals(balance + 10_000 - fee, balance(number));
        var second = client.post(promised, "{\"amount\":10000}");
        assertEquals(409, second.status());
        assertEquals("promised_payment_open", second.json().get("code").asText());
        assertEquals("a promised payment is already open", second.json().get("error").asText());
        assertEquals(balance + 10_000 - fee, balance(number));
        assertEquals("promised_payment_open", client.get(promised).json().get("refusalCode").asText());
    }

    @Test
    void aPromisedPaymentOutsideTheLimitsIsA422AndOthersNumbersAreForbidden() throws Exception {
        long number = number(4);
        ApiClient client = fixture.loggedIn(number);
        var tooMuch = client.post("/api/numbers/" + number + "/promised-payment",
                "{\"amount\":" + (catalog.policies().promisedPayment().maxAmount() + 1) + "}");
        assertEquals(422, tooMuch.status());
        assertEquals(400, client.post("/api/numbers/" + number + "/promised-payment", "{\"amount\":").status());
        assertEquals(403, client.get("/api/numbers/" + number(5) + "/promised-payment").status());
        assertEquals(403, client.post("/api/numbers/" + number(5) + "/promised-payment", "{\"amount\":10000}").status());
        JsonNode terms = client.get("/api/numbers/" + number + "/promised-payment").json();
        assertEquals(catalog.policies().promisedPayment().dueDays(), terms.get("dueDays").asInt());
        assertTrue(terms.get("offers").size() >= 2);
    }

    @Test
    void aTransferMovesTheAmountToTheRecipientAndTheFeeOffTheSender() throws Exception {
        long sender = number(6);
        long recipient = number(7);
        ApiClient client = fixture.loggedIn(sender);
        long senderBefore = balance(sender);
        long recipientBefore = balance(recipient);
        TransferPolicy policy = catalog.policies().transfer();
        long fee = policy.feeFor(10_000);

        var sent = client.post("/api/numbers/" + sender + "/transfers", "{\"to\":\"8 (916) 100-00-08\",\"amount\":10000}");

        assertEquals(200, sent.status(), sent.body());
        assertEquals(recipient, sent.json().get("to").asLong());
        assertEquals(fee, sent.json().get("fee").asLong());
        assertEquals(senderBefore - 10_000 - fee, balance(sender));
        assertEquals(senderBefore - 10_000 - fee, sent.json().get("balance").asLong());
        assertEquals(recipientBefore + 10_000, balance(recipient));
        JsonNode terms = client.get("/api/numbers/" + sender + "/transfers/terms?amount=20000").json();
        assertEquals(10_000, terms.get("sentToday").asLong());
        assertEquals(policy.maxPerDay() - 10_000, terms.get("leftToday").asLong());
        assertEquals(policy.feeFor(20_000), terms.get("quote").get("fee").asLong());
        assertEquals(policy.feeBasisPoints(), terms.get("feeBasisPoints").asInt());
    }

    @Test
    void aTransferTheRulesForbidIsRefusedWithTheReason() throws Exception {
        long sender = number(8);
        ApiClient client = fixture.loggedIn(sender);
        String transfers = "/api/numbers/" + sender + "/transfers";
        long before = balance(sender);

        var toSelf = client.post(transfers, "{\"to\":\"+7" + String.valueOf(sender).substring(1) + "\",\"amount\":10000}");
        assertEquals(409, toSelf.status(), toSelf.body());
        assertEquals("transfer_to_self", toSelf.json().get("code").asText());
        var tooLittleLeft = client.post(transfers, "{\"to\":\"" + number(9) + "\",\"amount\":" + (before - 100) + "}");
        assertEquals(409, tooLittleLeft.status(), tooLittleLeft.body());
        var tooMuch = client.post(transfers, "{\"to\":\"" + number(9) + "\",\"amount\":" + (catalog.policies().transfer().maxAmount() + 1) + "}");
        assertEquals(422, tooMuch.status());
        assertEquals(400, client.post(transfers, "{\"to\":\"12345\",\"amount\":10000}").status());
        assertEquals(400, client.post(transfers, "{\"amount\":10000}").status());
        assertEquals(400, client.post(transfers, "not json").status());
        assertEquals(400, client.get(transfers + "/terms?amount=-5").status());
        assertEquals(before, balance(sender));
    }

    @Test
    void anotherSubscribersNumberCannotSendMoney() throws Exception {
        long mine = number(10);
        long theirs = number(11);
        ApiClient client = fixture.loggedIn(mine);
        long before = balance(theirs);
        var stolen = client.post("/api/numbers/" + theirs + "/transfers", "{\"to\":\"" + mine + "\",\"amount\":10000}");
        assertEquals(403, stolen.status());
        assertEquals(403, client.get("/api/numbers/" + theirs + "/transfers/terms").status());
        assertEquals(403, client.get("/api/numbers/" + theirs + "/money").status());
        assertEquals(before, balance(theirs));
    }
}
