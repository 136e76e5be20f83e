package io.telesim.engine.pipeline;

import io.telesim.billing.rating.UsageKind;
import io.telesim.billing.result.MovementKind;
import io.telesim.billing.result.OperationResult;
import io.telesim.billing.result.Outcome;
import io.telesim.engine.statement.StatementRecord;
import io.telesim.engine.statement.StatementStore;

/**
 * Turns an applied command into statement records (F7): the day's fees its account caught up on, the
 * rated usage (one record with units, bundle units and money; the money is not written again as a
 * movement), and every other money movement, each with the balance after it; and the account events that
 * move no money (a SIM change, a number replacement on both numbers, a termination). Allocation-free.
 * Output thread only.
 */
public final class StatementWriter implements StatementSink {

    private final StatementStore store;
    private final StatementRecord record = new StatementRecord();

    public StatementWriter(StatementStore store) {
        this.store = store;
    }

    @Override
    public void write(CommandSlot slot) {
        writeMovements(slot, slot.cycle, false);
        OperationResult result = slot.result;
        boolean usage = slot.usageKind >= 0 && slot.reply.outcome() == Outcome.OK;
        if (usage) {
            writeUsage(slot, result);
        }
        writeMovements(slot, result, usage);
        if (slot.reply.outcome() == Outcome.OK) {
            writeAccountEvent(slot);
        }
    }

    private void writeAccountEvent(CommandSlot slot) {
        switch (slot.type()) {
            case REPLACE_SIM:
                writeEvent(slot, slot.msisdn, MovementKind.SIM_REPLACEMENT, 0);
                break;
            case REPLACE_NUMBER:
                // the old number's last line first: the store links the new number's history to the old one's
                writeEvent(slot, slot.msisdn, MovementKind.NUMBER_REPLACED_TO, slot.other);
                writeEvent(slot, slot.other, MovementKind.NUMBER_REPLACED_FROM, slot.msisdn);
                break;
            case TERMINATE:
                writeEvent(slot, slot.msisdn, MovementKind.TERMINATION, 0);
                break;
            default:
                break;
        }
    }

    private void writeEvent(CommandSlot slot, long msisdn, MovementKind kind, long party) {
        long balance = slot.balanceAfter(msisdn);
        if (balance == Long.MIN_VALUE) {
            balance = slot.balanceAfter(slot.msisdn);
        }
        record.reset().timeMillis(slot.time).msisdn(msisdn).movement(kind).party(party).money(0).balanceAfter(balance)
                .item(OperationResult.NO_ITEM).eventId(slot.commandId).journalPosition(slot.journalPosition);
        store.appendToChunk(record);
    }

    @Override
    public void commit() {
        store.commit();
    }

    @Override
    public void endOfBatch() {
        store.endOfBatch();
    }

    @Override
    public long locate(CommandSlot slot) {
        return store.locateHead(slot.msisdn);
    }

    @Override
    public long touch(long location) {
        return store.touchHead(location);
    }

    private void writeUsage(CommandSlot slot, OperationResult result) {
        long account = slot.usageAccount;
        long charge = 0;
        for (int i = 0; i < result.movementCount(); i++) {
            if (result.movementAccount(i) == account && result.movementKind(i) == MovementKind.USAGE_CHARGE) {
                charge = result.movementAmount(i);
            }
        }
        record.reset().timeMillis(slot.time).msisdn(account).usage(UsageKind.ofOrdinal(slot.usageKind)).party(slot.usageParty)
                .units(result.usedUnits(), result.chargedUnits(), result.bundleUnits()).money(-charge)
                .balanceAfter(balanceAfterMovement(slot, account, result, MovementKind.USAGE_CHARGE))
                .item(OperationResult.NO_ITEM).eventId(slot.commandId).journalPosition(slot.journalPosition);
        if (result.destinationClass() != null && slot.usageKind != UsageKind.DATA.ordinal()) {
            record.destination(result.destinationClass());
        }
        store.appendToChunk(record);
    }

    private void writeMovements(CommandSlot slot, OperationResult result, boolean usageWritten) {
        for (int i = 0; i < result.movementCount(); i++) {
            MovementKind kind = result.movementKind(i);
            long account = result.movementAccount(i);
            if (usageWritten && kind == MovementKind.USAGE_CHARGE && account == slot.usageAccount) {
                continue;
            }
            record.reset().timeMillis(slot.time).msisdn(account).movement(kind).party(partyOf(slot, kind, account))
                    .money(kind.signed(result.movementAmount(i))).balanceAfter(balanceAfter(slot, account, result, i))
                    .item(result.movementItem(i)).eventId(slot.commandId).journalPosition(slot.journalPosition);
            store.appendToChunk(record);
        }
    }

    /** The other number of a transfer, as each side sees it. */
    private static long partyOf(CommandSlot slot, MovementKind kind, long account) {
        if (kind == MovementKind.TRANSFER_OUT) {
            return slot.other;
        }
        if (kind == MovementKind.TRANSFER_IN) {
            return slot.msisdn;
        }
        return 0;
    }

    /** The balance of {@code account} right after movement {@code index} of {@code result}. */
    private static long balanceAfter(CommandSlot slot, long account, OperationResult result, int index) {
        long balance = slot.balanceAfter(account);
        if (balance == Long.MIN_VALUE) {
            return balance;
        }
        // The final balance less every later movement of the same account, in this result and none after it.
        for (int j = index + 1; j < result.movementCount(); j++) {
            if (result.movementAccount(j) == account) {
                balance -= result.movementKind(j).signed(result.movementAmount(j));
            }
        }
        if (result == slot.cycle) {
            OperationResult later = slot.result;
            for (int j = 0; j < later.movementCount(); j++) {
                if (later.movementAccount(j) == account) {
                    balance -= later.movementKind(j).signed(later.movementAmount(j));
                }
            }
        }
        return balance;
    }

    private static long balanceAfterMovement(CommandSlot slot, long account, OperationResult result, MovementKind kind) {
        for (int i = 0; i < result.movementCount(); i++) {
            if (result.movementAccount(i) == account && result.movementKind(i) == kind) {
                return balanceAfter(slot, account, result, i);
            }
        }
        // No money moved for the usage: the balance before the command's own movements.
        long balance = slot.balanceAfter(account);
        if (balance == Long.MIN_VALUE) {
            return balance;
        }
        for (int j = 0; j < result.movementCount(); j++) {
            if (result.movementAccount(j) == account) {
                balance -= result.movementKind(j).signed(result.movementAmount(j));
            }
        }
        return balance;
    }
}
