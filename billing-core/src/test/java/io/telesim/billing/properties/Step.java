package io.telesim.billing.properties;

import java.util.Map;

import io.telesim.billing.account.AccountRecord;
import io.telesim.billing.result.OperationResult;

/**
 * One account operation of a scenario and what it did: its result, every account's bytes before and
 * after, and for session operations the reservation before and after (null when there was none).
 *
 * @param subject the number the operation was for (the sender of a transfer, the owner of a family)
 */
record Step(Op op, long subject, OperationResult result, long now, Map<Long, byte[]> before, Map<Long, byte[]> after,
            Held heldBefore, Held heldAfter) {

    /** A read-only view of an account's bytes before the operation. */
    AccountRecord accountBefore(long msisdn) {
        return Accounts.view(before.get(msisdn));
    }

    AccountRecord accountAfter(long msisdn) {
        return Accounts.view(after.get(msisdn));
    }

    /** True when the step ended a session: a commit, or a release at the last report. */
    boolean ends() {
        return op instanceof Op.EndSession || op instanceof Op.ReleaseExpiredSessions;
    }
}
