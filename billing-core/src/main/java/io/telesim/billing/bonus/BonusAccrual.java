package io.telesim.billing.bonus;

import io.telesim.billing.account.AccountRecord;
import io.telesim.billing.result.OperationResult;

/**
 * Earning bonus points (F9): a point for every so many kopecks spent on usage or topped up. The
 * kopecks short of a whole point carry over, so many small charges earn exactly what one large one would.
 */
public final class BonusAccrual {

    private BonusAccrual() {
    }

    /** Accrues points for {@code kopecks} charged for calls, SMS or data. */
    public static void onSpend(AccountRecord account, long kopecks, long kopecksPerPoint, OperationResult result) {
        if (kopecks <= 0) {
            return;
        }
        long carry = account.bonusSpendCarry() + kopecks;
        if (carry < kopecksPerPoint) {
            account.bonusSpendCarry(carry); // most charges earn no whole point: no division in the rating loop
            return;
        }
        long points = carry / kopecksPerPoint;
        account.bonusSpendCarry(carry - points * kopecksPerPoint);
        earn(account, points, result);
    }

    /** Accrues points for {@code kopecks} topped up. */
    public static void onTopUp(AccountRecord account, long kopecks, long kopecksPerPoint, OperationResult result) {
        if (kopecks <= 0) {
            return;
        }
        long carry = account.bonusTopUpCarry() + kopecks;
        long points = carry / kopecksPerPoint;
        account.bonusTopUpCarry(carry - points * kopecksPerPoint);
        earn(account, points, result);
    }

    private static void earn(AccountRecord account, long points, OperationResult result) {
        if (points > 0) {
            account.bonusPoints(account.bonusPoints() + points);
            result.addBonusEarned(points);
        }
    }
}
