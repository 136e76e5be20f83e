package io.telesim.billing.bonus;

import static io.telesim.billing.TestNumbers.ANNA;
import static io.telesim.billing.TestNumbers.LONDON;
import static io.telesim.billing.TestNumbers.MOSCOW_OTHER;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import io.telesim.billing.TestCatalogs;
import io.telesim.billing.TestOperator;
import io.telesim.billing.TestTimes;
import io.telesim.billing.account.AccountRecord;
import io.telesim.billing.catalog.UsageUnit;
import io.telesim.billing.result.OperationResult;
import io.telesim.billing.result.Outcome;

/** F9 earning and redeeming points: a point per 5 ₽ spent and per 10 ₽ topped up; 150 points buy 1 GB. */
class BonusPointsTest {

    private final TestOperator op = TestOperator.standard();
    private final AccountRecord anna = op.subscriber(ANNA, "go", 100_000);

    @Test
    void shouldEarnAPointForEveryTenRoublesToppedUp() {
        OperationResult topUp = op.topUp(ANNA, 30_050);

        assertEquals(30, topUp.bonusEarned());
        assertEquals(30, anna.bonusPoints());
        assertEquals(50, anna.bonusTopUpCarry(), "the 50 kopecks short of a point wait for the next top-up");
        assertEquals(2, op.topUp(ANNA, 1_950).bonusEarned(), "19.50 ₽ and the 0.50 ₽ carried make 20 ₽");
    }

    @Test
    void shouldEarnForManySmallChargesWhatOneLargeChargeWouldEarn() {
        for (int i = 0; i < 10; i++) {
            op.call(ANNA, MOSCOW_OTHER, 60);
        }

        assertEquals(5, anna.bonusPoints(), "ten calls of 2.50 ₽ are 25 ₽");
        assertEquals(9, op.call(ANNA, LONDON, 60).bonusEarned(), "49 ₽ earn 9 points");
        assertEquals(400, anna.bonusSpendCarry(), "and 4 ₽ wait for the next charge");
    }

    @Test
    void shouldNotEarnPointsForWhatTheBundlePays() {
        TestOperator smart = new TestOperator(TestCatalogs.standard(), TestTimes.at("2025-03-01T09:00"));
        AccountRecord annaOnSmart = smart.subscriber(ANNA, "smart", 100_000);

        assertEquals(0, smart.call(ANNA, MOSCOW_OTHER, 600).bonusEarned());
        assertEquals(0, annaOnSmart.bonusPoints());
    }

    @Test
    void shouldBuyAnAddOnWithPoints() {
        anna.bonusPoints(200);
        int reward = 0;

        Outcome outcome = op.rules().bonus().redeem(anna, anna, reward, op.now(), new OperationResult());

        assertEquals(Outcome.OK, outcome);
        assertEquals(50, anna.bonusPoints());
        assertEquals(UsageUnit.DATA_BYTES, anna.addOnUnit(0));
        assertEquals(TestCatalogs.GB, anna.addOnUnits(0));
        assertEquals(op.now() + 30 * TestTimes.DAY, anna.addOnExpiry(0));
        assertEquals(100_000, anna.balance(), "points, not money");
    }

    @Test
    void shouldRefuseARewardThePointsCannotBuy() {
        anna.bonusPoints(149);
        OperationResult result = new OperationResult();

        assertEquals(Outcome.NOT_ENOUGH_POINTS, op.rules().bonus().redeem(anna, anna, 0, op.now(), result));
        assertEquals(Outcome.UNKNOWN_REWARD, op.rules().bonus().redeem(anna, anna, 2, op.now(), result));
        assertEquals(149, anna.bonusPoints());
        assertEquals(null, anna.addOnUnit(0));
    }
}
