package io.telesim.billing.ops;

import io.telesim.billing.account.AccountRecord;
import io.telesim.billing.account.AccountStatus;
import io.telesim.billing.account.Postings;
import io.telesim.billing.bonus.BonusAccrual;
import io.telesim.billing.catalog.Catalog;
import io.telesim.billing.catalog.TopUpPolicy;
import io.telesim.billing.result.MovementKind;
import io.telesim.billing.result.OperationResult;
import io.telesim.billing.result.Outcome;
import io.telesim.billing.time.OperatorCalendar;

/**
 * Payments onto a balance (F3), and the auto top-up rule. A top-up repays an open promised payment
 * first, lifts a debt or inactivity block when the balance recovers, and earns bonus points; it
 * triggers nothing else.
 */
public final class TopUps {

    private final TopUpPolicy policy;
    private final OperatorCalendar calendar;
    private final long lowBalance;
    private final long kopecksPerPoint;
    private final AccountStatusRules statusRules;

    TopUps(Catalog catalog, AccountStatusRules statusRules) {
        this.policy = catalog.policies().topUp();
        this.calendar = catalog.calendar();
        this.lowBalance = catalog.policies().account().lowBalanceThreshold();
        this.kopecksPerPoint = catalog.policies().bonus().kopecksPerPointToppedUp();
        this.statusRules = statusRules;
    }

    public Outcome topUp(AccountRecord account, long amount, long now, OperationResult result) {
        if (account.status() == AccountStatus.TERMINATED) {
            return result.outcome(Outcome.TERMINATED);
        }
        if (amount < policy.minAmount() || amount > policy.maxAmount()) {
            return result.outcome(Outcome.INVALID_AMOUNT);
        }
        Postings.credit(account, MovementKind.TOP_UP, OperationResult.NO_ITEM, amount, lowBalance, result);
        long repay = Math.min(account.promisedOutstanding(), amount);
        if (repay > 0) {
            Postings.debit(account, MovementKind.PROMISED_REPAYMENT, OperationResult.NO_ITEM, repay, lowBalance, result);
            account.promisedOutstanding(account.promisedOutstanding() - repay);
            if (account.promisedOutstanding() == 0) {
                account.promisedDueAt(0);
            }
        }
        recordTopUpMonth(account, amount, now);
        BonusAccrual.onTopUp(account, amount, kopecksPerPoint, result);
        account.autoTopUpPending(false);
        account.lastActivity(now);
        statusRules.liftAfterPayment(account, now, result);
        result.balanceAfter(account.balance());
        return result.outcome(Outcome.OK);
    }

    /** When the balance falls below {@code threshold}, ask for a top-up of {@code amount} (kopecks). */
    public Outcome setAutoTopUp(AccountRecord account, long threshold, long amount, OperationResult result) {
        if (account.status() == AccountStatus.TERMINATED) {
            return result.outcome(Outcome.TERMINATED);
        }
        if (threshold <= 0 || amount < policy.autoMinAmount() || amount > policy.autoMaxAmount()) {
            return result.outcome(Outcome.INVALID_AMOUNT);
        }
        account.autoTopUp(threshold, amount);
        account.autoTopUpPending(false);
        result.balanceAfter(account.balance());
        return result.outcome(Outcome.OK);
    }

    public Outcome clearAutoTopUp(AccountRecord account, OperationResult result) {
        account.autoTopUp(0, 0);
        account.autoTopUpPending(false);
        result.balanceAfter(account.balance());
        return result.outcome(Outcome.OK);
    }

    /** Kopecks topped up in the month of {@code now} and the two before it. */
    public long topUpsLastThreeMonths(AccountRecord account, long now) {
        int monthsBack = calendar.monthIndex(now) - account.topUpMonth();
        long sum = 0;
        for (int i = 0; i + monthsBack < AccountRecord.TOP_UP_MONTHS; i++) {
            if (i + monthsBack >= 0) {
                sum += account.topUpSum(i);
            }
        }
        return sum;
    }

    private void recordTopUpMonth(AccountRecord account, long amount, long now) {
        int month = calendar.monthIndex(now);
        int shift = month - account.topUpMonth();
        if (shift > 0) {
            for (int i = AccountRecord.TOP_UP_MONTHS - 1; i >= 0; i--) {
                account.topUpSum(i, i - shift >= 0 ? account.topUpSum(i - shift) : 0);
            }
            account.topUpMonth(month);
        }
        account.topUpSum(0, account.topUpSum(0) + amount);
    }
}
