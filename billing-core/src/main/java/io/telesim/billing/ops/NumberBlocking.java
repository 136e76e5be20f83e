package io.telesim.billing.ops;

import io.telesim.billing.account.AccountRecord;
import io.telesim.billing.account.AccountStatus;
import io.telesim.billing.result.OperationResult;
import io.telesim.billing.result.Outcome;

/**
 * Voluntary block and unblock (F6), e.g. for a lost phone. A blocked number makes no paid calls, SMS
 * or data; the block is free for the first days, then costs a daily fee ({@link DailyCycle}).
 */
public final class NumberBlocking {

    private final AccountStatusRules statusRules;

    NumberBlocking(AccountStatusRules statusRules) {
        this.statusRules = statusRules;
    }

    public Outcome block(AccountRecord account, long now, OperationResult result) {
        AccountStatus status = account.status();
        if (status == AccountStatus.TERMINATED) {
            return result.outcome(Outcome.TERMINATED);
        }
        if (status != AccountStatus.ACTIVE) {
            return result.outcome(Outcome.ALREADY_BLOCKED);
        }
        account.status(AccountStatus.BLOCKED_VOLUNTARY);
        account.blockedSince(now);
        result.balanceAfter(account.balance());
        return result.outcome(Outcome.OK);
    }

    /** Lifts a voluntary block; a number that is in debt goes on to the debt block. */
    public Outcome unblock(AccountRecord account, long now, OperationResult result) {
        if (account.status() != AccountStatus.BLOCKED_VOLUNTARY) {
            return result.outcome(Outcome.NOT_BLOCKED);
        }
        statusRules.activate(account, now, result);
        statusRules.blockIfInDebt(account, result);
        result.balanceAfter(account.balance());
        return result.outcome(Outcome.OK);
    }
}
