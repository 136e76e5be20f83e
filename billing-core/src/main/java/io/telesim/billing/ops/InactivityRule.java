package io.telesim.billing.ops;

import io.telesim.billing.account.AccountRecord;
import io.telesim.billing.account.AccountStatus;
import io.telesim.billing.catalog.Catalog;
import io.telesim.billing.result.Notices;
import io.telesim.billing.result.OperationResult;
import io.telesim.billing.result.Outcome;
import io.telesim.billing.time.OperatorCalendar;

/**
 * F10: a number with no chargeable activity (paid or bundle usage, a top-up, a purchase) for more than
 * the inactivity period (183 days by default) is blocked. A top-up lifts the block.
 */
public final class InactivityRule {

    private final long periodMillis;

    InactivityRule(Catalog catalog) {
        this.periodMillis = catalog.policies().account().inactivityDays() * OperatorCalendar.MILLIS_PER_DAY;
    }

    public Outcome apply(AccountRecord account, long now, OperationResult result) {
        AccountStatus status = account.status();
        if ((status == AccountStatus.ACTIVE || status == AccountStatus.BLOCKED_DEBT) && now - account.lastActivity() > periodMillis) {
            account.status(AccountStatus.BLOCKED_INACTIVE);
            result.notice(Notices.BLOCKED_FOR_INACTIVITY);
            return result.outcome(Outcome.OK);
        }
        return result.outcome(Outcome.NOTHING_DUE);
    }
}
