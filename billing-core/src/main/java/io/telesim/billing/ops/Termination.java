package io.telesim.billing.ops;

import io.telesim.billing.account.AccountRecord;
import io.telesim.billing.bonus.GiftLedger;
import io.telesim.billing.result.OperationResult;
import io.telesim.billing.result.Outcome;

/**
 * Terminating a contract (C4): the number stops being a subscriber and its account is removed; the
 * balance at termination is the statement's last line (a positive balance is refunded, a debt is
 * collected, outside the engine). Refused while sessions are open, while a bonus gift it gave is open, or
 * while the number is in a family with others.
 */
public final class Termination {

    Termination() {
    }

    /** Checks that {@code account} may be terminated; the caller removes it on {@link Outcome#OK}. */
    public Outcome terminate(AccountRecord account, GiftLedger gifts, OperationResult result) {
        Outcome refusal = NumberReplacement.refusalToLeave(account, gifts);
        return result.outcome(refusal != null ? refusal : Outcome.OK);
    }
}
