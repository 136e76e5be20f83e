package io.telesim.billing.ops;

import io.telesim.billing.account.AccountRecord;
import io.telesim.billing.account.AccountStatus;
import io.telesim.billing.result.OperationResult;
import io.telesim.billing.result.Outcome;

/**
 * Changing how far below zero a number's balance may go (C3, the credit settlement method). As an operator
 * does it, a new limit applies at once and is not refused for the current debt: lowered below the debt, the
 * number is blocked for debt straight away (as the daily check would block it) until a payment brings the
 * balance back within the limit; raised above the debt, a debt block is lifted. Open sessions keep what
 * they were granted.
 */
public final class CreditLimits {

    private final AccountStatusRules statusRules;

    CreditLimits(AccountStatusRules statusRules) {
        this.statusRules = statusRules;
    }

    /** Sets the credit limit of {@code account} to {@code limit} kopecks (0: prepaid). */
    public Outcome set(AccountRecord account, long limit, long now, OperationResult result) {
        if (limit < 0) {
            return result.outcome(Outcome.INVALID_AMOUNT);
        }
        if (account.status() == AccountStatus.TERMINATED) {
            return result.outcome(Outcome.TERMINATED);
        }
        account.creditLimit(limit);
        statusRules.blockIfInDebt(account, result);
        statusRules.liftDebtBlock(account, now, result);
        return result.outcome(Outcome.OK);
    }
}
