package io.telesim.billing.ops;

import static io.telesim.billing.Movements.amountOf;
import static io.telesim.billing.TestCatalogs.GB;
import static io.telesim.billing.TestNumbers.ANNA;
import static io.telesim.billing.TestNumbers.MOSCOW_OTHER;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import io.telesim.billing.TestCatalogs;
import io.telesim.billing.TestOperator;
import io.telesim.billing.TestTimes;
import io.telesim.billing.account.AccountRecord;
import io.telesim.billing.catalog.TariffChangePolicy.BundleGrant;
import io.telesim.billing.result.MovementKind;
import io.telesim.billing.result.OperationResult;
import io.telesim.billing.result.Outcome;

/**
 * F4 tariff change on 10 March, with 22 of March's 31 days left: the new tariff's bundle and monthly
 * fee are given whole or for the days left, as the catalog's policy says; the old bundle is gone.
 */
class TariffChangeTest {

    @Test
    void shouldGiveTheRestOfTheMonthsBundleAndFeeWhenProrated() {
        TestOperator op = TestOperator.standard();
        AccountRecord anna = op.subscriber(ANNA, "go", 100_000);

        OperationResult change = op.changeTariff(ANNA, "smart");

        assertEquals(Outcome.OK, change.outcome());
        assertEquals(39_033, amountOf(change, MovementKind.TARIFF_FEE, op.tariff("smart")), "550 ₽ × 22/31, rounded up");
        assertEquals(100_000 - 39_033, anna.balance());
        assertEquals(354 * 60, anna.voiceLeft(), "500 min × 22/31, whole minutes");
        assertEquals(354, anna.smsLeft());
        assertEquals(11_430_154_890L, anna.dataLeft(), "15 GB / 31 × 22, in bytes");
        assertEquals(TestTimes.at("2025-04-01T00:00"), anna.periodEnd());
        assertEquals(op.tariff("smart"), anna.tariff());
    }

    @Test
    void shouldGiveTheWholeMonthsBundleAndFeeWhenFull() {
        TestOperator op = new TestOperator(TestCatalogs.builder().tariffChange(BundleGrant.FULL).build(), TestTimes.MID_MARCH);
        AccountRecord anna = op.subscriber(ANNA, "go", 100_000);

        OperationResult change = op.changeTariff(ANNA, "smart");

        assertEquals(55_000, amountOf(change, MovementKind.TARIFF_FEE));
        assertEquals(500 * 60, anna.voiceLeft());
        assertEquals(500, anna.smsLeft());
        assertEquals(15 * GB, anna.dataLeft());
    }

    @Test
    void shouldReplaceTheOldBundleWithTheNewOne() {
        TestOperator op = new TestOperator(TestCatalogs.builder().tariffChange(BundleGrant.FULL).build(), TestTimes.MID_MARCH);
        AccountRecord anna = op.subscriber(ANNA, "smart", 200_000);
        op.call(ANNA, MOSCOW_OTHER, 600);

        op.changeTariff(ANNA, "go");

        assertEquals(0, anna.voiceLeft(), "pay as you go has no bundle, and smart's is gone");
        assertEquals(0, anna.smsLeft());
        assertEquals(0, anna.dataLeft());
    }

    @Test
    void shouldKeepAddOnsOnATariffChange() {
        TestOperator op = TestOperator.standard();
        AccountRecord anna = op.subscriber(ANNA, "go", 100_000);
        op.buyAddOn(ANNA, "internet-5gb");

        op.changeTariff(ANNA, "smart");

        assertEquals(5 * GB, anna.addOnUnits(0));
    }

    @Test
    void shouldChargeTheSwitchFeeOfTheNewTariff() {
        TestOperator op = new TestOperator(TestCatalogs.builder().tariff("smart", t -> t.switchFee(15_000)).build(),
                TestTimes.MID_MARCH);
        AccountRecord anna = op.subscriber(ANNA, "go", 100_000);
        long quoted = op.rules().tariffChanges().costOf(anna, op.tariff("smart"), op.now());

        OperationResult change = op.changeTariff(ANNA, "smart");

        assertEquals(15_000 + 39_033, quoted, "the switch fee and the fee for the days left");
        assertEquals(15_000, amountOf(change, MovementKind.SWITCH_FEE, op.tariff("smart")));
        assertEquals(100_000 - quoted, anna.balance());
    }

    @Test
    void shouldRefuseAChangeTheBalanceCannotPayAndChangeNothing() {
        TestOperator op = TestOperator.standard();
        AccountRecord anna = op.subscriber(ANNA, "go", 39_032);
        byte[] before = op.snapshot().get(ANNA);

        assertEquals(Outcome.INSUFFICIENT_FUNDS, op.changeTariff(ANNA, "smart").outcome());
        assertArrayEquals(before, op.snapshot().get(ANNA));

        op.topUp(ANNA, 1_000);
        assertEquals(Outcome.OK, op.changeTariff(ANNA, "smart").outcome());
        assertEquals(1_000 - 1, anna.balance());
    }

    @Test
    void shouldRefuseTheSameTariffAnUnknownOneAndABlockedNumber() {
        TestOperator op = TestOperator.standard();
        op.subscriber(ANNA, "go", 100_000);
        OperationResult result = new OperationResult();

        assertEquals(Outcome.SAME_TARIFF, op.changeTariff(ANNA, "go").outcome());
        assertEquals(Outcome.UNKNOWN_TARIFF, op.rules().tariffChanges().change(op.account(ANNA), 99, op.now(), result));
        op.block(ANNA);
        assertEquals(Outcome.BLOCKED, op.changeTariff(ANNA, "smart").outcome());
        assertEquals(100_000, op.account(ANNA).balance());
    }
}
