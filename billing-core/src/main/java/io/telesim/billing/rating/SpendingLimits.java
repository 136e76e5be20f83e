package io.telesim.billing.rating;

import io.telesim.billing.account.AccountRecord;
import io.telesim.billing.result.Notices;
import io.telesim.billing.result.OperationResult;
import io.telesim.billing.result.Outcome;
import io.telesim.billing.time.OperatorCalendar;

/**
 * A number's monthly spending limit (C3): the money its usage (calls, SMS, data, USSD) may cost in a
 * calendar month of the operator's calendar. Usage paid from bundles costs no money and is not limited;
 * fees and top-ups are not usage. The month's spend is counted while a limit is set (from the moment
 * it is set: an account without a limit never touches the cold fields), and starts again from zero at
 * the month boundary. When the limit is reached (a refusal, or a grant or charge that uses it up) the
 * {@link Notices#SPENDING_LIMIT_REACHED} notice is raised once in the month.
 *
 * <p>Lowering the limit does not take back what open sessions were granted: their commit is counted
 * in full, so the month's spend may end above a lowered limit. Allocation-free except once a month per
 * limited number (finding the end of the month). Single writer, like the rater that uses it.
 */
public final class SpendingLimits {

    /** What {@link #moneyLeft} returns for a number without a limit. */
    public static final long NO_LIMIT = Long.MAX_VALUE;

    private final OperatorCalendar calendar;

    public SpendingLimits(OperatorCalendar calendar) {
        this.calendar = calendar;
    }

    /**
     * Sets the monthly limit of {@code account} to {@code limit} kopecks, or removes it when 0. A new limit
     * on a number without one counts from now; changing a limit keeps the month's spend.
     */
    public Outcome set(AccountRecord account, long limit, long now, OperationResult result) {
        if (limit < 0) {
            return result.outcome(Outcome.INVALID_AMOUNT);
        }
        if (limit > 0 && !account.hasSpendingLimit()) {
            account.monthSpend(0, calendar.endOfMonth(now));
            account.spendingLimitNotified(false);
        }
        account.spendingLimit(limit);
        if (limit > 0) {
            rollMonth(account, now);
        }
        return result.outcome(Outcome.OK);
    }

    /**
     * Kopecks new usage of {@code account} may still cost this month: the limit less the month's spend and
     * what open sessions hold; {@link #NO_LIMIT} without a limit (reading only the hot flags). May be negative.
     */
    public long moneyLeft(AccountRecord account, long now) {
        if (!account.hasSpendingLimit()) {
            return NO_LIMIT;
        }
        rollMonth(account, now);
        return account.spendingLimit() - account.monthSpend() - account.reservedMoney();
    }

    /** The money new usage may cost: the spendable balance, or less when the limit leaves less. */
    public long usableMoney(AccountRecord account, long now) {
        return Math.min(account.spendableMoney(), moneyLeft(account, now));
    }

    /** True when the limit, not the balance, is what stops {@code account} spending more now. */
    public boolean limitBinds(AccountRecord account, long now) {
        return account.hasSpendingLimit() && moneyLeft(account, now) < account.spendableMoney();
    }

    /** Counts {@code money} kopecks of usage just charged; raises the notice when the month's limit is used up. */
    public void spent(AccountRecord account, long money, long now, OperationResult result) {
        if (!account.hasSpendingLimit() || money <= 0) {
            return;
        }
        rollMonth(account, now);
        account.monthSpend(account.monthSpend() + money, account.spendPeriodEnd());
        if (account.monthSpend() >= account.spendingLimit()) {
            reached(account, result);
        }
    }

    /** The limit stopped usage: raises {@link Notices#SPENDING_LIMIT_REACHED} unless it was raised this month. */
    public void reached(AccountRecord account, OperationResult result) {
        if (!account.spendingLimitNotified()) {
            account.spendingLimitNotified(true);
            result.notice(Notices.SPENDING_LIMIT_REACHED);
        }
    }

    private void rollMonth(AccountRecord account, long now) {
        if (now >= account.spendPeriodEnd()) {
            account.monthSpend(0, calendar.endOfMonth(now));
            account.spendingLimitNotified(false);
        }
    }
}
