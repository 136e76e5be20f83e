package io.telesim.billing.corporate;

import static io.telesim.billing.TestNumbers.ANNA;
import static io.telesim.billing.TestNumbers.MOSCOW_OTHER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.telesim.billing.TestCatalogs;
import io.telesim.billing.TestOperator;
import io.telesim.billing.TestTimes;
import io.telesim.billing.account.AccountRecord;
import io.telesim.billing.number.DestinationClass;
import io.telesim.billing.rating.UsageKind;
import io.telesim.billing.result.Notices;
import io.telesim.billing.result.OperationResult;
import io.telesim.billing.result.Outcome;

/**
 * A number's monthly spending limit (C3). On pay-as-you-go, off-net calls cost 2.50 ₽ a minute per
 * second, so 5.00 ₽ of limit pays for exactly 120 seconds whatever the balance.
 */
class SpendingLimitTest {

    private final TestOperator op = TestOperator.standard();

    private OperationResult limit(long msisdn, long kopecks) {
        OperationResult result = new OperationResult();
        op.rules().spendingLimits().set(op.account(msisdn), kopecks, op.now(), result);
        return result;
    }

    @Test
    void shouldGrantOnlyTheRemainderWhenTheLimitIsReachedMidSession() {
        AccountRecord anna = op.subscriber(ANNA, "go", 100_000);
        TestOperator.requireOk(limit(ANNA, 500), "limit");
        long session = op.nextSessionId();

        OperationResult reserve = op.reserve(session, ANNA, UsageKind.VOICE, MOSCOW_OTHER, 60);
        assertEquals(60, reserve.grantedUnits());
        assertFalse(Notices.has(reserve.notices(), Notices.SPENDING_LIMIT_REACHED));

        OperationResult update = op.update(session, 60, 600);
        assertEquals(Outcome.OK, update.outcome());
        assertEquals(120, update.grantedUnits(), "only the 5.00 ₽ left under the limit, though the balance holds 1000 ₽");
        assertTrue(Notices.has(update.notices(), Notices.SPENDING_LIMIT_REACHED));

        OperationResult commit = op.commit(session, 120);
        assertEquals(500, commit.usageMoney());
        assertEquals(500, anna.spentInMonthOf(op.now()));
        assertEquals(100_000 - 500, anna.balance());
        assertFalse(Notices.has(commit.notices(), Notices.SPENDING_LIMIT_REACHED), "told once a month");

        OperationResult next = op.reserve(op.nextSessionId(), ANNA, UsageKind.VOICE, MOSCOW_OTHER, 60);
        assertEquals(Outcome.SPENDING_LIMIT_REACHED, next.outcome());
        assertEquals(0, next.grantedUnits());
        assertFalse(Notices.has(next.notices(), Notices.SPENDING_LIMIT_REACHED), "told once a month");
    }

    @Test
    void shouldCountWhatOpenSessionsHoldAgainstTheLimit() {
        op.subscriber(ANNA, "go", 100_000);
        limit(ANNA, 500);

        assertEquals(60, op.reserve(op.nextSessionId(), ANNA, UsageKind.VOICE, MOSCOW_OTHER, 60).grantedUnits());
        assertEquals(60, op.reserve(op.nextSessionId(), ANNA, UsageKind.VOICE, MOSCOW_OTHER, 600).grantedUnits());
    }

    @Test
    void shouldRefuseAnSmsThatWouldGoOverTheLimitAndTellTheSubscriberOnce() {
        AccountRecord anna = op.subscriber(ANNA, "go", 100_000);
        long price = smsPrice();
        limit(ANNA, price * 2 - 1);

        assertEquals(Outcome.OK, op.sms(ANNA, MOSCOW_OTHER, 1).outcome());
        long balance = anna.balance();
        OperationResult refused = op.sms(ANNA, MOSCOW_OTHER, 1);

        assertEquals(Outcome.SPENDING_LIMIT_REACHED, refused.outcome());
        assertEquals(0, refused.movementCount());
        assertEquals(balance, anna.balance());
        assertTrue(Notices.has(refused.notices(), Notices.SPENDING_LIMIT_REACHED));
        assertFalse(Notices.has(op.sms(ANNA, MOSCOW_OTHER, 1).notices(), Notices.SPENDING_LIMIT_REACHED));
        assertEquals(price, anna.spentInMonthOf(op.now()));
    }

    @Test
    void shouldCutACallDetailRecordAtTheLimit() {
        op.subscriber(ANNA, "go", 100_000);
        limit(ANNA, 500);

        OperationResult cdr = op.chargeSession(ANNA, UsageKind.VOICE, MOSCOW_OTHER, 600);

        assertEquals(Outcome.OK, cdr.outcome());
        assertEquals(120, cdr.grantedUnits());
        assertEquals(500, cdr.usageMoney());
        assertTrue(Notices.has(cdr.notices(), Notices.SPENDING_LIMIT_REACHED));
        assertEquals(Outcome.SPENDING_LIMIT_REACHED, op.chargeSession(ANNA, UsageKind.VOICE, MOSCOW_OTHER, 10).outcome());
    }

    @Test
    void shouldStartTheMonthAgainAtTheMonthBoundary() {
        AccountRecord anna = op.subscriber(ANNA, "go", 100_000);
        limit(ANNA, 500);
        op.call(ANNA, MOSCOW_OTHER, 120);
        assertEquals(Outcome.SPENDING_LIMIT_REACHED, op.call(ANNA, MOSCOW_OTHER, 60).outcome());

        op.now(TestTimes.at("2025-03-31T23:59"));
        assertEquals(Outcome.SPENDING_LIMIT_REACHED, op.call(ANNA, MOSCOW_OTHER, 60).outcome());
        op.now(TestTimes.at("2025-04-01T00:00"));
        assertEquals(0, anna.spentInMonthOf(op.now()), "April has spent nothing yet");

        OperationResult april = op.chargeSession(ANNA, UsageKind.VOICE, MOSCOW_OTHER, 600);
        assertEquals(120, april.grantedUnits());
        assertTrue(Notices.has(april.notices(), Notices.SPENDING_LIMIT_REACHED), "a new month tells again");
        assertEquals(500, anna.spentInMonthOf(op.now()));
    }

    @Test
    void shouldNotLimitUsagePaidFromBundles() {
        TestOperator smart = new TestOperator(TestCatalogs.builder().tariff("smart", t -> t.voiceMinutes(10)).build(),
                TestTimes.at("2025-03-01T09:00"));
        smart.subscriber(ANNA, "smart", 100_000);
        OperationResult set = new OperationResult();
        smart.rules().spendingLimits().set(smart.account(ANNA), 1, smart.now(), set);

        OperationResult call = smart.call(ANNA, MOSCOW_OTHER, 300);

        assertEquals(Outcome.OK, call.outcome());
        assertEquals(call.chargedUnits(), call.bundleUnits());
        assertEquals(0, call.usageMoney());
        assertEquals(0, smart.account(ANNA).spentInMonthOf(smart.now()));
    }

    @Test
    void shouldNotLimitTopUpsOrNumbersWithoutALimit() {
        AccountRecord anna = op.subscriber(ANNA, "go", 100_000);
        limit(ANNA, 500);
        op.call(ANNA, MOSCOW_OTHER, 120);

        assertEquals(Outcome.OK, op.topUp(ANNA, 10_000).outcome());
        assertEquals(Outcome.OK, limit(ANNA, 0).outcome());
        assertFalse(anna.hasSpendingLimit());
        assertEquals(Outcome.OK, op.call(ANNA, MOSCOW_OTHER, 600).outcome());
    }

    @Test
    void shouldKeepTheMonthsSpendWhenTheLimitChanges() {
        AccountRecord anna = op.subscriber(ANNA, "go", 100_000);
        limit(ANNA, 500);
        op.call(ANNA, MOSCOW_OTHER, 120);

        limit(ANNA, 1_000);

        assertEquals(500, anna.spentInMonthOf(op.now()));
        assertEquals(1_000, anna.spendingLimit());
        assertEquals(120, op.chargeSession(ANNA, UsageKind.VOICE, MOSCOW_OTHER, 600).grantedUnits());
    }

    @Test
    void shouldRefuseANegativeLimit() {
        AccountRecord anna = op.subscriber(ANNA, "go", 100_000);

        assertEquals(Outcome.INVALID_AMOUNT, limit(ANNA, -1).outcome());
        assertFalse(anna.hasSpendingLimit());
    }

    private long smsPrice() {
        return op.catalog().tariff(op.tariff("go")).smsPrices().price(DestinationClass.OFF_NET);
    }
}
