package io.telesim.billing.rating;

import static io.telesim.billing.TestCatalogs.GB;
import static io.telesim.billing.TestCatalogs.KB;
import static io.telesim.billing.TestCatalogs.MB;
import static io.telesim.billing.TestNumbers.ANNA;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.telesim.billing.TestCatalogs;
import io.telesim.billing.TestOperator;
import io.telesim.billing.TestTimes;
import io.telesim.billing.catalog.PriceList;
import io.telesim.billing.result.OperationResult;
import io.telesim.billing.result.Outcome;

/** Mobile internet: bytes rounded up to 100 KB blocks, priced per megabyte, bundle first. */
class DataRatingTest {

    private static final long BLOCK = 100 * KB;

    @ParameterizedTest(name = "{0} bytes are charged as {1} bytes, {2} kopecks")
    @CsvSource({
        "1,        102400,   97",
        "102400,   102400,   97",
        "102401,   204800,  194",
        "250000,   307200,  291",
        "1048576, 1126400, 1064"
    })
    void shouldRoundDataUpPer100KilobytesAtNineNinetyAMegabyte(long bytes, long chargedBytes, long kopecks) {
        TestOperator op = TestOperator.standard();
        op.subscriber(ANNA, "go", 10_000);

        OperationResult data = op.data(ANNA, bytes);

        assertEquals(bytes, data.usedUnits());
        assertEquals(chargedBytes, data.chargedUnits());
        assertEquals(kopecks, data.usageMoney());
        assertEquals(10_000 - kopecks, op.account(ANNA).balance());
    }

    @Test
    void shouldTakeRoundedBlocksFromTheInternetBundle() {
        TestOperator op = new TestOperator(TestCatalogs.standard(), TestTimes.at("2025-03-01T09:00"));
        op.subscriber(ANNA, "smart", 100_000);

        OperationResult data = op.data(ANNA, 250_000);

        assertEquals(3 * BLOCK, data.bundleUnits());
        assertEquals(0, data.usageMoney());
        assertEquals(15 * GB - 3 * BLOCK, op.account(ANNA).dataLeft());
        assertEquals(45_000, op.account(ANNA).balance());
    }

    @Test
    void shouldChargeMoneyOnlyForTheBlocksBeyondTheBundle() {
        TestOperator op = new TestOperator(TestCatalogs.builder().tariff("smart", t -> t.dataBytes(2 * BLOCK)).build(),
                TestTimes.at("2025-03-01T09:00"));
        op.subscriber(ANNA, "smart", 100_000);

        OperationResult data = op.data(ANNA, 250_000);

        assertEquals(2 * BLOCK, data.bundleUnits());
        assertEquals(49, data.usageMoney(), "one 100 KB block at 5.00 ₽/MB is 0.4883 ₽, rounded up");
        assertEquals(0, op.account(ANNA).dataLeft());
        assertEquals(45_000 - 49, op.account(ANNA).balance());
    }

    @Test
    void shouldUseAnAddOnOnceTheTariffBundleIsGone() {
        TestOperator op = new TestOperator(TestCatalogs.builder().tariff("smart", t -> t.dataBytes(BLOCK)).build(),
                TestTimes.at("2025-03-01T09:00"));
        op.subscriber(ANNA, "smart", 100_000);
        assertEquals(Outcome.OK, op.buyAddOn(ANNA, "internet-1gb").outcome());

        OperationResult data = op.data(ANNA, 3 * BLOCK);

        assertEquals(3 * BLOCK, data.bundleUnits());
        assertEquals(0, data.usageMoney());
        assertEquals(0, op.account(ANNA).dataLeft());
        assertEquals(GB - 2 * BLOCK, op.account(ANNA).addOnUnits(0));
        assertEquals(45_000 - 10_000, op.account(ANNA).balance(), "the add-on cost 100 ₽");
    }

    @Test
    void shouldCutDataOffAtTheBundleWhenTheTariffSellsNoDataBeyondIt() {
        TestOperator op = new TestOperator(TestCatalogs.builder()
                .tariff("smart", t -> t.dataBytes(10 * BLOCK).dataPerMegabyte(PriceList.BARRED)).build(), TestTimes.at("2025-03-01T09:00"));
        op.subscriber(ANNA, "smart", 100_000);
        long session = op.nextSessionId();

        OperationResult reserve = op.reserve(session, ANNA, UsageKind.DATA, 0, 10 * MB);

        assertEquals(Outcome.OK, reserve.outcome());
        assertEquals(10 * BLOCK, reserve.grantedUnits(), "the whole bundle and not a block more");
        op.commit(session, 10 * BLOCK);
        assertEquals(Outcome.BARRED_DESTINATION, op.data(ANNA, 1).outcome(), "nothing left and nothing sold beyond the bundle");
        assertEquals(45_000, op.account(ANNA).balance());
    }
}
