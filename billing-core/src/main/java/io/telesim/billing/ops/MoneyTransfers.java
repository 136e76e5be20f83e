package io.telesim.billing.ops;

import io.telesim.billing.account.AccountRecord;
import io.telesim.billing.account.AccountStatus;
import io.telesim.billing.account.Postings;
import io.telesim.billing.catalog.Catalog;
import io.telesim.billing.catalog.TransferPolicy;
import io.telesim.billing.result.MovementKind;
import io.telesim.billing.result.OperationResult;
import io.telesim.billing.result.Outcome;
import io.telesim.billing.time.OperatorCalendar;

/**
 * Sending money to another number of our network (F3): a fee, a per-transfer and a per-day limit, and
 * a minimum that must remain on the sender's balance. Both accounts change together or not at all.
 */
public final class MoneyTransfers {

    private final TransferPolicy policy;
    private final OperatorCalendar calendar;
    private final long lowBalance;
    private final AccountStatusRules statusRules;

    MoneyTransfers(Catalog catalog, AccountStatusRules statusRules) {
        this.policy = catalog.policies().transfer();
        this.calendar = catalog.calendar();
        this.lowBalance = catalog.policies().account().lowBalanceThreshold();
        this.statusRules = statusRules;
    }

    /** The fee for sending {@code amount} kopecks. */
    public long feeFor(long amount) {
        return policy.feeFor(amount);
    }

    public Outcome transfer(AccountRecord sender, AccountRecord recipient, long amount, long now, OperationResult result) {
        Outcome refusal = refusal(sender, recipient, amount, now);
        if (refusal != null) {
            return result.outcome(refusal);
        }
        int today = calendar.dayIndex(now);
        long sentToday = sender.transferDay() == today ? sender.transferredToday() : 0;
        sender.transferred(today, sentToday + amount);
        Postings.debit(sender, MovementKind.TRANSFER_OUT, OperationResult.NO_ITEM, amount, lowBalance, result);
        Postings.debit(sender, MovementKind.TRANSFER_FEE, OperationResult.NO_ITEM, policy.feeFor(amount), lowBalance, result);
        sender.lastActivity(now);
        Postings.credit(recipient, MovementKind.TRANSFER_IN, OperationResult.NO_ITEM, amount, lowBalance, result);
        statusRules.liftAfterPayment(recipient, now, result);
        result.balanceAfter(sender.balance());
        return result.outcome(Outcome.OK);
    }

    private Outcome refusal(AccountRecord sender, AccountRecord recipient, long amount, long now) {
        if (sender.msisdn() == recipient.msisdn()) {
            return Outcome.TRANSFER_TO_SELF;
        }
        Outcome inactive = AccountStatusRules.refusalUnlessActive(sender);
        if (inactive != null) {
            return inactive;
        }
        if (recipient.msisdn() == 0 || recipient.status() == AccountStatus.TERMINATED) {
            return Outcome.RECIPIENT_UNAVAILABLE;
        }
        if (amount < policy.minAmount() || amount > policy.maxAmount()) {
            return Outcome.INVALID_AMOUNT;
        }
        long sentToday = sender.transferDay() == calendar.dayIndex(now) ? sender.transferredToday() : 0;
        if (sentToday + amount > policy.maxPerDay()) {
            return Outcome.TRANSFER_DAILY_LIMIT;
        }
        long remaining = sender.balance() - sender.reservedMoney() - amount - policy.feeFor(amount);
        if (remaining < policy.minRemainingBalance()) {
            return sender.balance() - sender.reservedMoney() < amount + policy.feeFor(amount)
                    ? Outcome.INSUFFICIENT_FUNDS : Outcome.TRANSFER_REMAINING_BALANCE;
        }
        return null;
    }
}
