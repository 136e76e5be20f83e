package io.telesim.billing.ops;

import io.telesim.billing.account.AccountRecord;
import io.telesim.billing.account.Iccid;
import io.telesim.billing.result.OperationResult;
import io.telesim.billing.result.Outcome;

/**
 * Replacing a number's SIM card (C3): the number moves to a new card and the old card stops working. The
 * caller knows which cards are in use (it keeps the index of every account's card). Allowed while the
 * number is blocked: a lost SIM is blocked first and replaced after.
 */
public final class SimReplacement {

    SimReplacement() {
    }

    /**
     * @param iccid the new card's ICCID
     * @param inUse true when another number already has that card
     */
    public Outcome replace(AccountRecord account, long iccid, boolean inUse, OperationResult result) {
        if (!Iccid.isValid(iccid)) {
            return result.outcome(Outcome.INVALID_ICCID);
        }
        if (account.iccid() == iccid) {
            return result.outcome(Outcome.SAME_SIM);
        }
        if (inUse) {
            return result.outcome(Outcome.ICCID_IN_USE);
        }
        account.iccid(iccid);
        return result.outcome(Outcome.OK);
    }
}
