package io.telesim.billing.account;

import io.telesim.billing.result.MovementKind;
import io.telesim.billing.result.Notices;
import io.telesim.billing.result.OperationResult;

/**
 * The only way money moves on a balance: every credit and debit is recorded as a movement in the
 * operation's result, and raises the notices a balance change implies. Allocation-free.
 */
public final class Postings {

    private Postings() {
    }

    /** Adds {@code amount} kopecks to the balance. Lifting a block is the caller's decision ({@code AccountStatusRules}). */
    public static void credit(AccountRecord account, MovementKind kind, int item, long amount, long lowBalanceThreshold,
                              OperationResult result) {
        if (!kind.isCredit()) {
            throw new IllegalArgumentException(kind + " is not a credit");
        }
        account.balance(Math.addExact(account.balance(), amount));
        result.addMovement(account.msisdn(), kind, item, amount);
        if (account.balance() >= lowBalanceThreshold) {
            account.lowBalanceNotified(false);
        }
    }

    /** Takes {@code amount} kopecks from the balance (it may go below zero; callers check what they must). */
    public static void debit(AccountRecord account, MovementKind kind, int item, long amount, long lowBalanceThreshold,
                             OperationResult result) {
        if (kind.isCredit()) {
            throw new IllegalArgumentException(kind + " is not a debit");
        }
        if (amount == 0) {
            return;
        }
        account.balance(Math.subtractExact(account.balance(), amount));
        result.addMovement(account.msisdn(), kind, item, amount);
        if (account.balance() < lowBalanceThreshold && !account.lowBalanceNotified()) {
            account.lowBalanceNotified(true);
            result.notice(Notices.LOW_BALANCE);
        }
        if (account.autoTopUpThreshold() > 0 && account.balance() < account.autoTopUpThreshold() && !account.autoTopUpPending()
                && account.status() != AccountStatus.TERMINATED) {
            account.autoTopUpPending(true);
            result.notice(Notices.AUTO_TOP_UP_DUE);
        }
    }
}
