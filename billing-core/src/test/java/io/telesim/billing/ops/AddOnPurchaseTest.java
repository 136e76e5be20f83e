package io.telesim.billing.ops;

import static io.telesim.billing.Movements.amountOf;
import static io.telesim.billing.TestCatalogs.GB;
import static io.telesim.billing.TestCatalogs.KB;
import static io.telesim.billing.TestNumbers.ANNA;
import static io.telesim.billing.TestNumbers.BORIS;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import io.telesim.billing.TestOperator;
import io.telesim.billing.TestTimes;
import io.telesim.billing.account.AccountRecord;
import io.telesim.billing.account.BundlePools;
import io.telesim.billing.catalog.UsageUnit;
import io.telesim.billing.result.MovementKind;
import io.telesim.billing.result.OperationResult;
import io.telesim.billing.result.Outcome;

/** F4 add-on internet bundles: 1 GB for 100 ₽, 5 GB for 250 ₽, 2 GB for a day for 50 ₽; at most four at once. */
class AddOnPurchaseTest {

    private final TestOperator op = TestOperator.standard();
    private final AccountRecord anna = op.subscriber(ANNA, "go", 100_000);

    @Test
    void shouldChargeThePriceAndAddTheBundleForItsValidity() {
        OperationResult purchase = op.buyAddOn(ANNA, "internet-5gb");

        assertEquals(Outcome.OK, purchase.outcome());
        assertEquals(25_000, amountOf(purchase, MovementKind.ADD_ON_PURCHASE, op.addOn("internet-5gb")));
        assertEquals(75_000, anna.balance());
        assertEquals(5 * GB, BundlePools.remaining(anna, UsageUnit.DATA_BYTES, op.now()));
        assertEquals(op.now() + 30 * TestTimes.DAY, anna.addOnExpiry(0));
    }

    @Test
    void shouldUseTheAddOnExpiringFirstFirst() {
        op.buyAddOn(ANNA, "internet-5gb");
        op.buyAddOn(ANNA, "internet-day");

        op.data(ANNA, 100 * KB);

        assertEquals(5 * GB, anna.addOnUnits(0));
        assertEquals(2 * GB - 100 * KB, anna.addOnUnits(1));
    }

    @Test
    void shouldRefuseAFifthLiveAddOnAndChargeNothing() {
        for (int i = 0; i < 4; i++) {
            assertEquals(Outcome.OK, op.buyAddOn(ANNA, "internet-1gb").outcome());
        }
        byte[] before = op.snapshot().get(ANNA);

        assertEquals(Outcome.ADD_ON_SLOTS_FULL, op.buyAddOn(ANNA, "internet-1gb").outcome());
        assertArrayEquals(before, op.snapshot().get(ANNA));
    }

    @Test
    void shouldRefuseAnAddOnTheBalanceCannotPay() {
        AccountRecord boris = op.subscriber(BORIS, "go", 24_999);

        assertEquals(Outcome.INSUFFICIENT_FUNDS, op.buyAddOn(BORIS, "internet-5gb").outcome());
        assertEquals(24_999, boris.balance());
        assertEquals(null, boris.addOnUnit(0));
    }
}
