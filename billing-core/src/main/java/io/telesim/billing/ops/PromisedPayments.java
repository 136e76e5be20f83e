package io.telesim.billing.ops;

import io.telesim.billing.account.AccountRecord;
import io.telesim.billing.account.AccountStatus;
import io.telesim.billing.account.Postings;
import io.telesim.billing.catalog.Catalog;
import io.telesim.billing.catalog.PromisedPaymentPolicy;
import io.telesim.billing.result.MovementKind;
import io.telesim.billing.result.Notices;
import io.telesim.billing.result.OperationResult;
import io.telesim.billing.result.Outcome;
import io.telesim.billing.time.OperatorCalendar;

/**
 * Promised payments (F3): a short-term credit with a fee and eligibility rules, repaid from the next
 * top-up ({@link TopUps}) or debited on its due date, after which a balance below zero blocks the number.
 */
public final class PromisedPayments {

    private final PromisedPaymentPolicy policy;
    private final long lowBalance;
    private final TopUps topUps;
    private final AccountStatusRules statusRules;

    PromisedPayments(Catalog catalog, TopUps topUps, AccountStatusRules statusRules) {
        this.policy = catalog.policies().promisedPayment();
        this.lowBalance = catalog.policies().account().lowBalanceThreshold();
        this.topUps = topUps;
        this.statusRules = statusRules;
    }

    /** Why {@code account} may not take a promised payment of {@code amount} now, or {@link Outcome#OK}. */
    public Outcome eligibility(AccountRecord account, long amount, long now) {
        AccountStatus status = account.status();
        if (status == AccountStatus.TERMINATED) {
            return Outcome.TERMINATED;
        }
        if (status == AccountStatus.BLOCKED_VOLUNTARY || status == AccountStatus.BLOCKED_INACTIVE) {
            return Outcome.BLOCKED;
        }
        if (account.promisedOutstanding() > 0) {
            return Outcome.PROMISED_PAYMENT_OPEN;
        }
        if (amount < policy.minAmount() || amount > policy.maxAmount()) {
            return Outcome.INVALID_AMOUNT;
        }
        if (now - account.createdAt() < policy.minAccountAgeDays() * OperatorCalendar.MILLIS_PER_DAY) {
            return Outcome.PROMISED_PAYMENT_ACCOUNT_TOO_NEW;
        }
        if (topUps.topUpsLastThreeMonths(account, now) < policy.minTopUpsLastThreeMonths()) {
            return Outcome.PROMISED_PAYMENT_TOO_FEW_TOP_UPS;
        }
        if (account.balance() < policy.minBalance()) {
            return Outcome.PROMISED_PAYMENT_BALANCE_TOO_LOW;
        }
        return Outcome.OK;
    }

    /** Credits {@code amount} kopecks now, charges the fee, and sets the due date. */
    public Outcome take(AccountRecord account, long amount, long now, OperationResult result) {
        Outcome eligibility = eligibility(account, amount, now);
        if (eligibility != Outcome.OK) {
            return result.outcome(eligibility);
        }
        Postings.credit(account, MovementKind.PROMISED_CREDIT, OperationResult.NO_ITEM, amount, lowBalance, result);
        Postings.debit(account, MovementKind.PROMISED_PAYMENT_FEE, OperationResult.NO_ITEM, policy.feeFor(amount), lowBalance, result);
        account.promisedOutstanding(amount);
        account.promisedDueAt(now + policy.dueDays() * OperatorCalendar.MILLIS_PER_DAY);
        statusRules.liftAfterPayment(account, now, result);
        result.balanceAfter(account.balance());
        return result.outcome(Outcome.OK);
    }

    /** On or after the due date: debits what is still owed, and blocks the number if that leaves it in debt. */
    public Outcome collectIfDue(AccountRecord account, long now, OperationResult result) {
        long owed = account.promisedOutstanding();
        if (owed == 0 || account.promisedDueAt() > now) {
            return result.outcome(Outcome.NOTHING_DUE);
        }
        Postings.debit(account, MovementKind.PROMISED_REPAYMENT, OperationResult.NO_ITEM, owed, lowBalance, result);
        account.promisedOutstanding(0);
        account.promisedDueAt(0);
        result.notice(Notices.PROMISED_PAYMENT_COLLECTED);
        statusRules.blockIfInDebt(account, result);
        result.balanceAfter(account.balance());
        return result.outcome(Outcome.OK);
    }
}
