package io.telesim.billing.ops;

import io.telesim.billing.account.AccountRecord;
import io.telesim.billing.account.AccountStatus;
import io.telesim.billing.result.Notices;
import io.telesim.billing.result.OperationResult;
import io.telesim.billing.result.Outcome;

/**
 * When money or time changes a number's status: debt blocks, their lifting, and resuming a month
 * that began while the number was blocked.
 */
final class AccountStatusRules {

    private final TariffPeriods periods;

    AccountStatusRules(TariffPeriods periods) {
        this.periods = periods;
    }

    /** Why a number may not make a paid change (a purchase, a connection, a transfer), or null when it may. */
    static Outcome refusalUnlessActive(AccountRecord account) {
        AccountStatus status = account.status();
        if (status == AccountStatus.ACTIVE) {
            return null;
        }
        return status == AccountStatus.TERMINATED ? Outcome.TERMINATED : Outcome.BLOCKED;
    }

    /** Blocks an active number whose balance is below its credit limit. */
    void blockIfInDebt(AccountRecord account, OperationResult result) {
        if (account.status() == AccountStatus.ACTIVE && account.balance() < -account.creditLimit()) {
            account.status(AccountStatus.BLOCKED_DEBT);
            result.notice(Notices.BLOCKED_FOR_DEBT);
        }
    }

    /**
     * After money came in: lifts a debt block once the balance is back within the credit limit, and an
     * inactivity block (a payment is activity).
     */
    void liftAfterPayment(AccountRecord account, long now, OperationResult result) {
        if (account.status() == AccountStatus.BLOCKED_INACTIVE) {
            liftIfWithinLimit(account, now, result);
        } else {
            liftDebtBlock(account, now, result);
        }
    }

    /** Lifts a debt block once the balance is within the credit limit (after a payment, or a higher limit). */
    void liftDebtBlock(AccountRecord account, long now, OperationResult result) {
        if (account.status() == AccountStatus.BLOCKED_DEBT) {
            liftIfWithinLimit(account, now, result);
        }
    }

    private void liftIfWithinLimit(AccountRecord account, long now, OperationResult result) {
        if (account.balance() >= -account.creditLimit()) {
            activate(account, now, result);
            if (account.status() == AccountStatus.ACTIVE) {
                result.notice(Notices.UNBLOCKED);
            }
        }
    }

    /** Makes the number active; a month that began while it was blocked is charged and granted for the days left. */
    void activate(AccountRecord account, long now, OperationResult result) {
        account.status(AccountStatus.ACTIVE);
        account.blockedSince(0);
        if (account.periodUnpaid()) {
            periods.startMonth(account, now, true, result);
            blockIfInDebt(account, result);
        }
    }
}
