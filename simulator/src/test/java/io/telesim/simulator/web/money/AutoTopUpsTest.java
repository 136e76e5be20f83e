package io.telesim.simulator.web.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.telesim.billing.account.AccountRecord;
import io.telesim.billing.money.Money;
import io.telesim.billing.number.PartyNumber;
import io.telesim.billing.rating.UsageKind;
import io.telesim.billing.result.Notices;
import io.telesim.engine.Command;
import io.telesim.engine.CommandType;
import io.telesim.engine.ReplySnapshot;
import io.telesim.engine.handset.InboxMessage;
import io.telesim.simulator.serve.CommandIds;
import io.telesim.simulator.web.ApiClient;
import io.telesim.simulator.web.WebFixture;
import io.telesim.smpp.centre.NotificationSms;

/**
 * The auto top-up rule at work: a call abroad (35 ₽ a minute, outside the bundles) takes the balance under the
 * rule's threshold, the engine says the top-up is due, and the web side charges the linked card without a code,
 * keeps the payment in the history, credits it once and tells the subscriber by SMS from Telesim.
 */
class AutoTopUpsTest {

    private static final String ABROAD = "+442071234567";
    private static final CommandIds IDS = new CommandIds('T');
    private static final long AMOUNT = 30_000;

    private static WebFixture fixture;

    @BeforeAll
    static void start() throws Exception {
        fixture = WebFixture.start(6);
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    private static long number(int i) {
        return WebFixture.FIRST + i;
    }

    private static long balance(long number) throws Exception {
        return fixture.operator().engine().read(number).get(10, TimeUnit.SECONDS).balance();
    }

    private static AccountRecord account(long number) throws Exception {
        AccountRecord copy = AccountRecord.onHeap();
        assertTrue(fixture.operator().engine().query(view -> view.account(number, copy)).get(10, TimeUnit.SECONDS));
        return copy;
    }

    /** A minute's call abroad, charged as the network would report it. */
    private static CompletableFuture<ReplySnapshot> callAbroad(long number) {
        return fixture.operator().engine().call(new Command().set(CommandType.CHARGE_SESSION, IDS.next(), number)
                .item(UsageKind.VOICE.ordinal()).other(PartyNumber.parse(ABROAD)).amount(60));
    }

    private static boolean due(ReplySnapshot reply) {
        return Notices.has(reply.notices(), Notices.AUTO_TOP_UP_DUE);
    }

    /** Logs in and sets the rule with {@code card}, its threshold 10 ₽ under the balance, so that one call abroad crosses it. */
    private static ApiClient withRule(long number, String card) throws Exception {
        ApiClient client = fixture.loggedIn(number);
        var set = client.put("/api/numbers/" + number + "/auto-top-up", "{\"threshold\":" + (balance(number) - 1_000) + ",\"amount\":"
                + AMOUNT + ",\"cardNumber\":\"" + card + "\",\"expiry\":\"12/39\",\"cvc\":\"123\"}");
        assertEquals(200, set.status(), set.body());
        return client;
    }

    private static JsonNode payments(ApiClient client, long number) throws Exception {
        var history = client.get("/api/numbers/" + number + "/payments");
        assertEquals(200, history.status(), history.body());
        return history.json().get("payments");
    }

    @Test
    void aChargeUnderTheThresholdTopsUpTheRulesAmountFromTheLinkedCardOnce() throws Exception {
        long number = number(0);
        ApiClient client = withRule(number, "4111 1111 1111 1111");
        long lastSms = fixture.lastSmsId(number);

        ReplySnapshot call = callAbroad(number).get(10, TimeUnit.SECONDS);

        assertTrue(due(call), "the call took the balance under the threshold");
        long expected = call.balance() + AMOUNT;
        InboxMessage sms = fixture.awaitSms(number, NotificationSms.SENDER, lastSms);
        assertEquals("Auto top-up: 300.00 ₽ from card **** 1111. Balance " + Money.format(expected) + ".",
                sms.text());
        assertEquals(expected, balance(number), "topped up by the rule's amount exactly once");
        JsonNode payments = payments(client, number);
        assertEquals(1, payments.size(), payments.toString());
        assertEquals("approved", payments.get(0).get("state").asText());
        assertTrue(payments.get(0).get("credited").asBoolean());
        assertEquals(AMOUNT, payments.get(0).get("amount").asLong());
        assertEquals("**** 1111", payments.get(0).get("card").asText());
        assertFalse(account(number).autoTopUpPending(), "the top-up ended the wait");
        assertTrue(account(number).autoTopUpThreshold() > 0, "the rule stays for the next time");
    }

    @Test
    void aDeclinedCardLeavesTheBalanceAndSaysWhyAndASecondChargeWhilePendingDoesNotTryAgain() throws Exception {
        long number = number(1);
        ApiClient client = withRule(number, "4000000000000002");
        long lastSms = fixture.lastSmsId(number);

        ReplySnapshot call = callAbroad(number).get(10, TimeUnit.SECONDS);

        assertTrue(due(call));
        InboxMessage sms = fixture.awaitSms(number, NotificationSms.SENDER, lastSms);
        assertEquals("Auto top-up of 300.00 ₽ failed: insufficient funds at the bank.", sms.text());
        JsonNode payments = payments(client, number);
        assertEquals(1, payments.size(), payments.toString());
        assertEquals("declined", payments.get(0).get("state").asText());
        assertEquals("insufficient funds at the bank", payments.get(0).get("reason").asText());
        assertEquals(call.balance(), balance(number), "nothing was credited");
        assertTrue(account(number).autoTopUpPending());

        ReplySnapshot second = callAbroad(number).get(10, TimeUnit.SECONDS);

        assertFalse(due(second), "the rule still waits for a top-up: it is not due again");
        assertEquals(1, payments(client, number).size());
        assertEquals(second.balance(), balance(number));
    }

    @Test
    void twoChargesAtOnceUnderTheThresholdTopUpOnce() throws Exception {
        long number = number(2);
        ApiClient client = withRule(number, "4111111111111111");
        long before = balance(number);
        long lastSms = fixture.lastSmsId(number);

        CompletableFuture<ReplySnapshot> first = callAbroad(number);
        CompletableFuture<ReplySnapshot> second = callAbroad(number);
        ReplySnapshot one = first.get(10, TimeUnit.SECONDS);
        ReplySnapshot two = second.get(10, TimeUnit.SECONDS);

        assertEquals(1, (due(one) ? 1 : 0) + (due(two) ? 1 : 0), "due once: pending, or above the threshold again");
        InboxMessage sms = fixture.awaitSms(number, NotificationSms.SENDER, lastSms);
        assertTrue(sms.text().startsWith("Auto top-up: 300.00 ₽ from card **** 1111."), sms.text());
        assertEquals(before - one.usageMoney() - two.usageMoney() + AMOUNT, balance(number));
        assertEquals(1, payments(client, number).size());
    }

    @Test
    void theConfirmationCodeCardIsChargedWithoutACodeForAnAutoTopUp() throws Exception {
        long number = number(3);
        withRule(number, "4000 0000 0000 3220");
        long lastSms = fixture.lastSmsId(number);

        ReplySnapshot call = callAbroad(number).get(10, TimeUnit.SECONDS);

        InboxMessage sms = fixture.awaitSms(number, NotificationSms.SENDER, lastSms);
        assertTrue(sms.text().startsWith("Auto top-up: 300.00 ₽ from card **** 3220."), sms.text());
        assertEquals(call.balance() + AMOUNT, balance(number));
        assertTrue(fixture.operator().handsets().inbox(number).stream().noneMatch(m -> m.sender().equals(TestAcquirer.SMS_SENDER)),
                "the bank sent no code");
    }

    @Test
    void aRuleWithNoLinkedCardSaysSoAndChargesNothing() throws Exception {
        long number = number(4);
        ApiClient client = fixture.loggedIn(number);
        // A rule set straight in the engine, as another channel could: the web side has no card for it.
        long threshold = balance(number) - 1_000;
        assertEquals("OK", fixture.operator().engine().call(new Command().set(CommandType.SET_AUTO_TOP_UP, IDS.next(), number)
                .amount(threshold).amount2(AMOUNT)).get(10, TimeUnit.SECONDS).outcome().name());
        long lastSms = fixture.lastSmsId(number);

        ReplySnapshot call = callAbroad(number).get(10, TimeUnit.SECONDS);

        assertTrue(due(call));
        InboxMessage sms = fixture.awaitSms(number, NotificationSms.SENDER, lastSms);
        assertEquals("Auto top-up of 300.00 ₽ failed: no card is linked to the rule.", sms.text());
        assertEquals(0, payments(client, number).size());
        assertEquals(call.balance(), balance(number));
    }

    @Test
    void aClearedRuleIsNeverToppedUp() throws Exception {
        long number = number(5);
        ApiClient client = withRule(number, "4111111111111111");
        assertEquals(200, client.delete("/api/numbers/" + number + "/auto-top-up").status());

        ReplySnapshot call = callAbroad(number).get(10, TimeUnit.SECONDS);

        assertFalse(due(call));
        assertEquals(0, payments(client, number).size());
        assertEquals(call.balance(), balance(number));
    }
}
