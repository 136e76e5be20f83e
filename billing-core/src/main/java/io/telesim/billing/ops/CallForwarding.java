package io.telesim.billing.ops;

import io.telesim.billing.account.AccountRecord;
import io.telesim.billing.account.AccountStatus;
import io.telesim.billing.account.ForwardingCondition;
import io.telesim.billing.result.OperationResult;
import io.telesim.billing.result.Outcome;

/** Call forwarding (F6): unconditional, on busy, on no reply, when not reachable. Allowed while blocked. */
public final class CallForwarding {

    CallForwarding() {
    }

    /** Forwards calls under {@code condition} to {@code target} (a {@link io.telesim.billing.number.PartyNumber}). */
    public Outcome set(AccountRecord account, ForwardingCondition condition, long target, OperationResult result) {
        if (account.status() == AccountStatus.TERMINATED) {
            return result.outcome(Outcome.TERMINATED);
        }
        if (target == 0 || target == account.msisdn()) {
            return result.outcome(Outcome.INVALID_FORWARDING);
        }
        account.forwarding(condition, target);
        return result.outcome(Outcome.OK);
    }

    public Outcome clear(AccountRecord account, ForwardingCondition condition, OperationResult result) {
        account.forwarding(condition, 0);
        return result.outcome(Outcome.OK);
    }
}
