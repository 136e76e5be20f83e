package io.telesim.engine.pipeline;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.telesim.billing.account.AccountRecord;
import io.telesim.billing.account.AccountStatus;
import io.telesim.billing.account.BundlePools;
import io.telesim.billing.account.ForwardingCondition;
import io.telesim.billing.account.Iccid;
import io.telesim.billing.bonus.GiftLedger;
import io.telesim.billing.catalog.UsageUnit;
import io.telesim.billing.ops.BillingRules;
import io.telesim.billing.rating.ReservationRecord;
import io.telesim.billing.rating.ReservationTable;
import io.telesim.billing.rating.UsageKind;
import io.telesim.billing.result.OperationResult;
import io.telesim.billing.result.Outcome;
import io.telesim.engine.CommandType;
import io.telesim.engine.Reply;

/**
 * Applies one command to the state with billing-core's rules: the single writer of every account,
 * reservation and gift. Answers a repeated command id from the {@link IdempotencyTable}; brings an
 * account's daily cycle up to the command's time before anything else touches it (so fees and due
 * promised payments are never skipped); fills the slot's reply and the balances its statement lines need.
 * A defect in one command is logged and answered with {@link Outcome#ENGINE_ERROR}: it never stops the loop.
 *
 * <p>Deterministic: the same commands with the same times, applied to the same state, give the same
 * state and replies, which is what recovery relies on when it replays the journal.
 */
public final class CommandApplier implements ReadAhead.Target {

    private static final Logger LOG = LoggerFactory.getLogger(CommandApplier.class);
    /** A sweep stops taking accounts once its merged movements pass this, so one result never overflows. */
    private static final int SWEEP_MOVEMENT_BUDGET = OperationResult.MAX_MOVEMENTS / 2;

    private final BillingRules rules;
    private final AccountRepository accounts;
    private final ReservationTable reservations;
    private final GiftLedger gifts;
    private final IdempotencyTable idempotency;
    private final SortedNumbers numbers = new SortedNumbers();
    private final SimIndex sims;
    private final AccountRecord account = new AccountRecord();
    private final AccountRecord holder = new AccountRecord();
    private final AccountRecord other = new AccountRecord();
    private final AccountRecord scratch = AccountRecord.onHeap();
    private final AccountRecord none = AccountRecord.onHeap();
    private final ReservationRecord reservation = new ReservationRecord();
    /** The account the reply describes: the command's number, or a session's owner. */
    private long replyAccount;
    private long errors;
    /** Accounts removed (terminated, or moved off their number) since start; written by this thread only. */
    private volatile long removals;
    /** What {@link #locate} read, kept so that the JIT cannot drop it. */
    private long touched;

    public CommandApplier(BillingRules rules, AccountRepository accounts, ReservationTable reservations, GiftLedger gifts,
                          IdempotencyTable idempotency) {
        this.rules = rules;
        this.accounts = accounts;
        this.reservations = reservations;
        this.gifts = gifts;
        this.idempotency = idempotency;
        numbers.addAll(accounts);
        this.sims = new SimIndex(accounts);
    }

    /** The number whose current SIM card is {@code iccid}, or 0 when none has it. Apply thread only. */
    long ownerOfSim(long iccid) {
        return sims.ownerOf(iccid);
    }

    /** Commands that failed with a defect since start. */
    public long errors() {
        return errors;
    }

    public long subscribers() {
        return numbers.size();
    }

    /** Accounts removed since start (terminations, number replacements); any thread. */
    public long removals() {
        return removals;
    }

    /** Reads {@code slot}'s idempotency entry and finds where its account lies, for {@link ReadAhead}. Changes nothing. */
    @Override
    public long locate(CommandSlot slot) {
        touched += slot.commandId == 0 ? 0 : idempotency.touch(slot.commandId);
        return slot.msisdn == 0 ? -1 : accounts.locate(slot.msisdn);
    }

    /** Reads the account at a location {@link #locate} returned. Changes nothing. */
    @Override
    public long touch(long location) {
        return accounts.touch(location);
    }

    /** Applies the command in {@code slot} and fills its reply. */
    public void apply(CommandSlot slot) {
        Reply reply = slot.reply;
        reply.head(slot.commandId, slot.type(), slot.time, slot.msisdn);
        slot.cycle.reset();
        slot.result.reset();
        slot.balanceCount = 0;
        slot.usageKind = -1;
        slot.usageParty = 0;
        slot.duplicate = false;
        if (slot.commandId != 0 && idempotency.find(slot.commandId, reply)) {
            reply.duplicate(true);
            slot.duplicate = true;
            return;
        }
        replyAccount = slot.msisdn;
        Outcome outcome;
        try {
            outcome = dispatch(slot);
        } catch (RuntimeException e) {
            errors++;
            LOG.error("command {} #{} for {} failed and was not applied", slot.type(), slot.commandId, slot.msisdn, e);
            slot.cycle.reset();
            slot.result.reset();
            slot.balanceCount = 0;
            slot.usageKind = -1;
            outcome = Outcome.ENGINE_ERROR;
        }
        reply.outcome(outcome);
        slot.usageAccount = replyAccount;
        fillReply(slot);
        if (slot.commandId != 0 && slot.type().isJournaled()) {
            idempotency.record(reply);
        }
    }

    private Outcome dispatch(CommandSlot slot) {
        long now = slot.time;
        OperationResult result = slot.result;
        switch (slot.type()) {
            case PROVISION:
                return provision(slot);
            case DAILY_SWEEP:
                return sweep(slot);
            case UPDATE:
            case COMMIT:
            case RELEASE:
                return endOrUpdateSession(slot);
            case READ:
            case QUERY:
                return accounts.find(slot.msisdn, account) ? Outcome.OK : Outcome.UNKNOWN_SUBSCRIBER;
            default:
                break;
        }
        if (!openAccount(slot.msisdn, now, slot)) {
            return Outcome.UNKNOWN_SUBSCRIBER;
        }
        switch (slot.type()) {
            case TOP_UP:
                return rules.topUps().topUp(account, slot.amount, now, result);
            case SET_AUTO_TOP_UP:
                return rules.topUps().setAutoTopUp(account, slot.amount, slot.amount2, result);
            case CLEAR_AUTO_TOP_UP:
                return rules.topUps().clearAutoTopUp(account, result);
            case PROMISED_PAYMENT:
                return rules.promisedPayments().take(account, slot.amount, now, result);
            case TRANSFER:
                return rules.transfers().transfer(account, otherOrNone(slot.other, now, slot), slot.amount, now, result);
            case CHANGE_TARIFF:
                return rules.tariffChanges().change(account, slot.item, now, result);
            case CONNECT_SERVICE:
                return rules.services().connect(account, slot.item, now, result);
            case DISCONNECT_SERVICE:
                return rules.services().disconnect(account, slot.item, result);
            case ADD_FAVOURITE:
                return rules.services().addFavourite(account, slot.other, result);
            case REMOVE_FAVOURITE:
                return rules.services().removeFavourite(account, slot.other, result);
            case BUY_ADD_ON:
                return rules.addOns().buy(account, holderOf(account, now, slot), slot.item, now, result);
            case BLOCK:
                return rules.blocking().block(account, now, result);
            case UNBLOCK:
                return rules.blocking().unblock(account, now, result);
            case SET_FORWARDING:
                return forwarding(slot) == null ? Outcome.INVALID_FORWARDING
                        : rules.forwarding().set(account, forwarding(slot), slot.other, result);
            case CLEAR_FORWARDING:
                return forwarding(slot) == null ? Outcome.INVALID_FORWARDING
                        : rules.forwarding().clear(account, forwarding(slot), result);
            case ADD_FAMILY_MEMBER:
                return rules.families().addMember(account, otherOrNone(slot.other, now, slot), now, result);
            case REMOVE_FAMILY_MEMBER:
                return rules.families().removeMember(account, otherOrNone(slot.other, now, slot), now, result);
            case SET_HOME_INTERNET:
                return rules.homeInternet().set(account, slot.amount != 0, result);
            case REDEEM_BONUS:
                return rules.bonus().redeem(account, holderOf(account, now, slot), slot.item, now, result);
            case GIFT_BONUS:
                if (!accounts.find(slot.other, other)) {
                    return Outcome.INVALID_NUMBER;
                }
                return rules.bonus().gift(account, slot.other, slot.amount, now, gifts, result);
            case CLAIM_GIFT:
                return rules.bonus().claim(account, slot.amount, now, gifts, result);
            case EXPIRE_GIFT:
                return rules.bonus().expire(account, slot.amount, now, gifts, result);
            case CHARGE_SMS:
                slot.usageKind = UsageKind.SMS.ordinal();
                slot.usageParty = slot.other;
                return rules.rater().chargeSms(account, holderOf(account, now, slot), slot.other, (int) Math.min(slot.amount,
                        Integer.MAX_VALUE), now, result);
            case CHARGE_USSD:
                slot.usageKind = UsageKind.USSD.ordinal();
                return rules.rater().chargeUssd(account, now, result);
            case CHARGE_SESSION:
                slot.usageKind = sessionKind(slot.item);
                slot.usageParty = slot.other;
                return slot.usageKind < 0 ? Outcome.INVALID_AMOUNT
                        : rules.rater().chargeSession(account, holderOf(account, now, slot), UsageKind.ofOrdinal(slot.usageKind),
                        slot.other, slot.amount, now, result);
            case RESERVE:
                return reserve(slot);
            case SET_SPENDING_LIMIT:
                return rules.spendingLimits().set(account, slot.amount, now, result);
            case SET_CREDIT_LIMIT:
                return rules.creditLimits().set(account, slot.amount, now, result);
            case REPLACE_SIM:
                return replaceSim(slot);
            case REPLACE_NUMBER:
                return replaceNumber(slot);
            case TERMINATE:
                return terminate(slot);
            default:
                throw new IllegalStateException("no rule applies " + slot.type());
        }
    }

    private Outcome provision(CommandSlot slot) {
        if (accounts.find(slot.msisdn, account)) {
            return Outcome.ALREADY_PROVISIONED;
        }
        // Provision a scratch copy first, so a refusal leaves no empty account behind.
        scratch.clear();
        Outcome outcome = rules.provisioning().provision(scratch, slot.msisdn, slot.item, slot.amount, slot.amount2, slot.time,
                slot.result);
        if (outcome != Outcome.OK) {
            return outcome;
        }
        // The default SIM may have gone with this number's earlier account in a number replacement.
        for (int serial = 0; sims.ownerOf(scratch.iccid()) != 0; serial++) {
            scratch.iccid(Iccid.defaultOf(slot.msisdn, serial + 1));
        }
        accounts.create(slot.msisdn, account);
        account.copyFrom(scratch);
        numbers.add(slot.msisdn);
        sims.changed(slot.msisdn, 0, account.iccid());
        return outcome;
    }

    private Outcome replaceSim(CommandSlot slot) {
        long before = account.iccid();
        Outcome outcome = rules.simReplacement().replace(account, slot.amount,
                Iccid.isValid(slot.amount) && sims.ownerOf(slot.amount) != 0, slot.result);
        if (outcome == Outcome.OK) {
            sims.changed(account.msisdn(), before, account.iccid());
        }
        return outcome;
    }

    /** Moves the account to the number in {@code other}: a new record from a copy, then the old one removed. */
    private Outcome replaceNumber(CommandSlot slot) {
        scratch.clear();
        Outcome outcome = rules.numberReplacement().replace(account, slot.other, accounts.find(slot.other, other), gifts,
                scratch, slot.result);
        if (outcome != Outcome.OK) {
            return outcome;
        }
        long iccid = account.iccid();
        slot.balanceAfter(slot.msisdn, account.balance());
        accounts.create(slot.other, other);
        other.copyFrom(scratch);
        removeAccount(slot.msisdn, iccid);
        numbers.add(slot.other);
        sims.changed(slot.other, 0, iccid);
        replyAccount = slot.other;
        return outcome;
    }

    /** Ends the contract: the reply keeps the final balance, with the status terminated, and the account goes. */
    private Outcome terminate(CommandSlot slot) {
        Outcome outcome = rules.termination().terminate(account, gifts, slot.result);
        if (outcome != Outcome.OK) {
            return outcome;
        }
        slot.balanceAfter(slot.msisdn, account.balance());
        slot.reply.account(account.balance(), AccountStatus.TERMINATED, 0, 0, 0, account.bonusPoints());
        removeAccount(slot.msisdn, account.iccid());
        return outcome;
    }

    private void removeAccount(long msisdn, long iccid) {
        sims.changed(msisdn, iccid, 0);
        accounts.remove(msisdn);
        numbers.remove(msisdn);
        removals++; // one writer: a plain increment of the volatile is safe
    }

    private Outcome reserve(CommandSlot slot) {
        slot.usageKind = sessionKind(slot.item);
        slot.usageParty = slot.other;
        if (slot.usageKind < 0) {
            return Outcome.INVALID_AMOUNT;
        }
        if (!reservations.claim(slot.sessionId, reservation)) {
            return reservations.contains(slot.sessionId) || slot.sessionId == 0 ? Outcome.RESERVATION_EXISTS : Outcome.RESERVATIONS_FULL;
        }
        Outcome outcome = rules.rater().reserve(account, holderOf(account, slot.time, slot), reservation, slot.sessionId,
                UsageKind.ofOrdinal(slot.usageKind), slot.other, slot.amount, slot.time, slot.result);
        if (outcome != Outcome.OK) {
            reservations.remove(slot.sessionId);
        }
        slot.usageKind = -1; // a reservation charges nothing yet: the commit is the statement line
        return outcome;
    }

    private Outcome endOrUpdateSession(CommandSlot slot) {
        if (!reservations.find(slot.sessionId, reservation)
                || (slot.msisdn != 0 && reservation.msisdn() != slot.msisdn)) {
            return Outcome.RESERVATION_UNKNOWN;
        }
        replyAccount = reservation.msisdn();
        if (!openAccount(reservation.msisdn(), slot.time, slot) || !accounts.find(reservation.holder(), holder)) {
            throw new IllegalStateException("session " + slot.sessionId + " refers to missing accounts " + reservation);
        }
        slot.usageKind = reservation.kind().ordinal();
        slot.usageParty = reservation.destination();
        long now = slot.time;
        switch (slot.type()) {
            case UPDATE:
                slot.usageKind = -1; // an update charges nothing yet
                return rules.rater().update(account, holder, reservation, slot.amount, slot.amount2, now, slot.result);
            case COMMIT:
                rules.rater().commit(account, holder, reservation, slot.amount, now, slot.result);
                break;
            default:
                rules.rater().release(account, holder, reservation, now, slot.result);
                break;
        }
        reservations.remove(slot.sessionId);
        return Outcome.OK;
    }

    private Outcome sweep(CommandSlot slot) {
        int done = 0;
        long last = slot.other;
        for (int i = numbers.indexAfter(slot.other); i < numbers.size() && done < Math.max(1, slot.amount); i++) {
            if (slot.result.movementCount() > SWEEP_MOVEMENT_BUDGET) {
                break;
            }
            last = numbers.get(i);
            if (accounts.find(last, account)) {
                rules.dailyCycle().run(account, slot.time, slot.result);
                rules.promisedPayments().collectIfDue(account, slot.time, slot.result);
            }
            done++;
        }
        slot.reply.head(slot.commandId, slot.type(), slot.time, last);
        slot.result.usage(done, 0, 0, 0);
        return Outcome.OK;
    }

    /** Points {@link #account} at {@code msisdn} and brings its daily cycle (and its bundle holder's) up to now. */
    private boolean openAccount(long msisdn, long now, CommandSlot slot) {
        if (!accounts.find(msisdn, account)) {
            return false;
        }
        catchUp(account, now, slot.cycle);
        return true;
    }

    /**
     * The account holding {@code of}'s bundles: {@code of} itself unless it is a family member. Flyweights
     * are never re-wrapped over each other's buffers: a store may re-point the buffer a flyweight was given.
     */
    private AccountRecord holderOf(AccountRecord of, long now, CommandSlot slot) {
        if (!of.isFamilyMember()) {
            return of;
        }
        if (!accounts.find(of.bundleHolder(), holder)) {
            throw new IllegalStateException(of.msisdn() + " uses the bundles of missing account " + of.bundleHolder());
        }
        catchUp(holder, now, slot.cycle);
        return holder;
    }

    /** The other account of a two-account command, or an empty record when there is none (rules refuse it). */
    private AccountRecord otherOrNone(long msisdn, long now, CommandSlot slot) {
        if (msisdn != account.msisdn() && accounts.find(msisdn, other)) {
            catchUp(other, now, slot.cycle);
            return other;
        }
        if (msisdn == account.msisdn()) {
            return account;
        }
        return none;
    }

    private void catchUp(AccountRecord record, long now, OperationResult cycle) {
        if (cycle.movementCount() > SWEEP_MOVEMENT_BUDGET) {
            return;
        }
        rules.dailyCycle().run(record, now, cycle);
        if (record.promisedOutstanding() > 0 && record.promisedDueAt() <= now) {
            rules.promisedPayments().collectIfDue(record, now, cycle);
        }
    }

    private static int sessionKind(int item) {
        return item == UsageKind.VOICE.ordinal() || item == UsageKind.DATA.ordinal() ? item : -1;
    }

    private static ForwardingCondition forwarding(CommandSlot slot) {
        return slot.item >= 0 && slot.item < ForwardingCondition.values().length ? ForwardingCondition.ofOrdinal(slot.item) : null;
    }

    private void fillReply(CommandSlot slot) {
        Reply reply = slot.reply;
        OperationResult result = slot.result;
        if (slot.type() != CommandType.DAILY_SWEEP && accounts.find(replyAccount, account)) {
            boolean member = account.isFamilyMember() && accounts.find(account.bundleHolder(), holder);
            AccountRecord bundles = member ? holder : account;
            reply.account(account.balance(), account.status(), BundlePools.remaining(bundles, UsageUnit.VOICE_SECONDS, slot.time),
                    BundlePools.remaining(bundles, UsageUnit.SMS, slot.time), BundlePools.remaining(bundles, UsageUnit.DATA_BYTES, slot.time),
                    account.bonusPoints());
            slot.balanceAfter(account.msisdn(), account.balance());
        }
        reply.usage(result.destinationClass(), result.grantedUnits(), result.usedUnits(), result.chargedUnits(), result.bundleUnits(),
                result.usageMoney(), result.bonusEarned(), result.notices() | slot.cycle.notices(), result.giftCode());
        recordBalances(slot, slot.cycle);
        recordBalances(slot, result);
    }

    private void recordBalances(CommandSlot slot, OperationResult result) {
        for (int i = 0; i < result.movementCount(); i++) {
            long msisdn = result.movementAccount(i);
            if (slot.balanceAfter(msisdn) == Long.MIN_VALUE && accounts.find(msisdn, other)) {
                slot.balanceAfter(msisdn, other.balance());
            }
        }
    }
}
