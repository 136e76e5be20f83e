package io.telesim.billing.ops;

import static io.telesim.billing.Movements.amountOf;
import static io.telesim.billing.TestNumbers.ANNA;
import static io.telesim.billing.TestNumbers.MOSCOW_OTHER;
import static io.telesim.billing.TestTimes.at;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.telesim.billing.TestCatalogs;
import io.telesim.billing.TestOperator;
import io.telesim.billing.account.AccountRecord;
import io.telesim.billing.account.AccountStatus;
import io.telesim.billing.account.BundlePools;
import io.telesim.billing.catalog.UsageUnit;
import io.telesim.billing.result.MovementKind;
import io.telesim.billing.result.Notices;
import io.telesim.billing.result.OperationResult;
import io.telesim.billing.result.Outcome;

/** The periodic work of each day: a new billing month on the 1st, daily fees every day, once per day. */
class DailyCycleTest {

    private final TestOperator op = new TestOperator(TestCatalogs.standard(), at("2025-03-01T09:00"));

    @Test
    void shouldRenewTheBundlesAndChargeTheMonthlyFeeOnTheFirst() {
        AccountRecord anna = op.subscriber(ANNA, "smart", 150_000);
        op.call(ANNA, MOSCOW_OTHER, 600);
        op.sms(ANNA, MOSCOW_OTHER, 3);
        assertEquals(490 * 60, anna.voiceLeft());

        op.now(at("2025-04-01T00:05"));
        OperationResult cycle = op.dailyCycle(ANNA);

        assertEquals(Outcome.OK, cycle.outcome());
        assertEquals(55_000, amountOf(cycle, MovementKind.TARIFF_FEE, op.tariff("smart")));
        assertEquals(500 * 60, anna.voiceLeft());
        assertEquals(500, anna.smsLeft());
        assertEquals(15 * TestCatalogs.GB, anna.dataLeft());
        assertEquals(at("2025-05-01T00:00"), anna.periodEnd());
        assertEquals(150_000 - 2 * 55_000, anna.balance());
    }

    @Test
    void shouldChargeMonthlyServiceFeesWithTheNewMonth() {
        AccountRecord anna = op.subscriber(ANNA, "smart", 150_000);
        op.connect(ANNA, "music");
        long balance = anna.balance();

        op.now(at("2025-04-01T00:05"));
        OperationResult cycle = op.dailyCycle(ANNA);

        assertEquals(16_900, amountOf(cycle, MovementKind.SERVICE_FEE, op.service("music")));
        assertEquals(balance - 55_000 - 16_900, anna.balance());
    }

    @Test
    void shouldChargeDailyFeesForEveryDayNotYetCharged() {
        AccountRecord anna = op.subscriber(ANNA, "ours", 10_000);
        op.connect(ANNA, "voicemail");
        assertEquals(10_000 - 990 - 230, anna.balance(), "today's fees are charged on joining and connecting");

        op.now(at("2025-03-04T08:00"));
        OperationResult cycle = op.dailyCycle(ANNA);

        assertEquals(3 * 990, amountOf(cycle, MovementKind.TARIFF_FEE, op.tariff("ours")), "2, 3 and 4 March");
        assertEquals(3 * 230, amountOf(cycle, MovementKind.SERVICE_FEE, op.service("voicemail")));
        assertEquals(10_000 - 4 * (990 + 230), anna.balance());
        assertEquals(op.catalog().calendar().dayIndex(op.now()), anna.lastFeeDay());
    }

    @Test
    void shouldDoNothingTheSecondTimeOnTheSameDay() {
        op.subscriber(ANNA, "ours", 10_000);
        op.now(at("2025-03-04T08:00"));
        op.dailyCycle(ANNA);
        byte[] before = op.snapshot().get(ANNA);

        op.now(at("2025-03-04T23:59"));
        OperationResult again = op.dailyCycle(ANNA);

        assertEquals(Outcome.NOTHING_DUE, again.outcome());
        assertEquals(0, again.movementCount());
        assertArrayEquals(before, op.snapshot().get(ANNA));
    }

    @Test
    void shouldBlockForDebtWhenFeesExhaustTheBalanceAndThenStopCharging() {
        AccountRecord anna = op.subscriber(ANNA, "ours", 2_000);

        op.now(at("2025-03-02T00:05"));
        OperationResult cycle = op.dailyCycle(ANNA);
        assertEquals(2_000 - 2 * 990, anna.balance());
        assertEquals(AccountStatus.ACTIVE, anna.status());

        op.now(at("2025-03-03T00:05"));
        cycle = op.dailyCycle(ANNA);
        assertEquals(-970, anna.balance());
        assertEquals(AccountStatus.BLOCKED_DEBT, anna.status());
        assertTrue(Notices.has(cycle.notices(), Notices.BLOCKED_FOR_DEBT));

        op.now(at("2025-03-06T00:05"));
        assertEquals(0, op.dailyCycle(ANNA).movementCount(), "a blocked number pays no daily fees");
        assertEquals(-970, anna.balance());
    }

    @Test
    void shouldLetAnAddOnLapseAtItsExpiry() {
        AccountRecord anna = op.subscriber(ANNA, "go", 10_000);
        op.buyAddOn(ANNA, "internet-day");
        assertEquals(2 * TestCatalogs.GB, BundlePools.remaining(anna, UsageUnit.DATA_BYTES, op.now()));

        op.now(at("2025-03-02T09:00"));

        assertEquals(0, BundlePools.remaining(anna, UsageUnit.DATA_BYTES, op.now()));
        assertEquals(97, op.data(ANNA, 1).usageMoney(), "paid from money again");
    }

    @Test
    void shouldWaiveTheConvergentFeeWhileHomeInternetIsActive() {
        AccountRecord anna = op.subscriber(ANNA, "home", 200_000);
        assertEquals(200_000 - 75_000, anna.balance());
        assertEquals(Outcome.OK, op.rules().homeInternet().set(anna, true, new OperationResult()));

        op.now(at("2025-04-01T00:05"));
        OperationResult april = op.dailyCycle(ANNA);
        assertEquals(0, amountOf(april, MovementKind.TARIFF_FEE));
        assertEquals(800 * 60, anna.voiceLeft(), "the bundle still comes");

        op.rules().homeInternet().set(anna, false, new OperationResult());
        op.now(at("2025-05-01T00:05"));
        assertEquals(75_000, amountOf(op.dailyCycle(ANNA), MovementKind.TARIFF_FEE));
        assertEquals(200_000 - 2 * 75_000, anna.balance());
    }

    @Test
    void shouldKeepHomeInternetToConvergentTariffs() {
        AccountRecord anna = op.subscriber(ANNA, "smart", 100_000);

        assertEquals(Outcome.NOT_CONVERGENT_TARIFF, op.rules().homeInternet().set(anna, true, new OperationResult()));
        assertEquals(false, anna.homeInternet());
    }
}
