package io.telesim.engine.pipeline;

import org.agrona.concurrent.UnsafeBuffer;

import io.telesim.billing.result.OperationResult;
import io.telesim.engine.Command;
import io.telesim.engine.CommandType;
import io.telesim.engine.Reply;
import io.telesim.engine.StateQuery;

/**
 * One preallocated slot of the ring: the command as submitted, what the stages add to it (time and
 * journal position, the billing-core results, the reply) and where the reply goes. Each stage writes only
 * its own fields; the ring's sequence barriers order the stages, so no field needs a lock or a fence.
 */
public final class CommandSlot {

    /** The most accounts one command's movements touch (a transfer: two; a daily sweep: a few). */
    static final int MAX_ACCOUNTS = 16;

    /** The ring's reply handlers, shared by its slots (replay's slot has none). */
    final ReplyHandlers replyHandlers;

    // Submitted by the producer. The type is kept as its ordinal: see ReplyHandlers for why slots avoid references.
    private byte type;
    long commandId;
    long msisdn;
    long sessionId;
    long other;
    long amount;
    long amount2;
    int item;
    StateQuery query;
    long submitNanos;

    // Journal stage.
    long time;
    long journalPosition;

    // Apply stage.
    final OperationResult cycle = new OperationResult();
    final OperationResult result = new OperationResult();
    final Reply reply = new Reply(new UnsafeBuffer(new byte[Reply.LENGTH]), 0);
    /** The usage a rating command rated (a UsageKind ordinal, or -1), whose it was, and its other party. */
    int usageKind;
    long usageAccount;
    long usageParty;
    /** Balances after the command of the accounts its movements touched, for statement lines. */
    int balanceCount;
    final long[] balanceAccounts = new long[MAX_ACCOUNTS];
    final long[] balances = new long[MAX_ACCOUNTS];
    /** True when the apply stage answered from the idempotency table: nothing to write. */
    boolean duplicate;

    CommandSlot() {
        this(null);
    }

    CommandSlot(ReplyHandlers replyHandlers) {
        this.replyHandlers = replyHandlers;
    }

    void copyFrom(Command command, StateQuery query, long submitNanos) {
        this.type = (byte) command.type().ordinal();
        this.commandId = command.commandId();
        this.msisdn = command.msisdn();
        this.sessionId = command.sessionId();
        this.other = command.other();
        this.amount = command.amount();
        this.amount2 = command.amount2();
        this.item = command.item();
        if (query != this.query) {
            this.query = query;
        }
        this.submitNanos = submitNanos;
    }

    /**
     * Reads the lines of this slot the stages write and read besides the command (its results, reply and
     * balances: separate objects, each a cache miss when the ring is larger than the cache); returns a value
     * to keep. For {@link ReadAhead}.
     */
    long touch() {
        return reply.touch() + result.touch() + cycle.touch() + balanceAccounts[0] + balances[0];
    }

    void balanceAfter(long account, long balance) {
        for (int i = 0; i < balanceCount; i++) {
            if (balanceAccounts[i] == account) {
                balances[i] = balance;
                return;
            }
        }
        if (balanceCount < MAX_ACCOUNTS) {
            balanceAccounts[balanceCount] = account;
            balances[balanceCount++] = balance;
        }
    }

    /** The balance of {@code account} after the command, or {@code Long.MIN_VALUE} when it was not recorded. */
    long balanceAfter(long account) {
        for (int i = 0; i < balanceCount; i++) {
            if (balanceAccounts[i] == account) {
                return balances[i];
            }
        }
        return Long.MIN_VALUE;
    }

    public CommandType type() {
        return CommandType.ofOrdinal(type);
    }

    void type(CommandType type) {
        this.type = (byte) type.ordinal();
    }

    public long commandId() {
        return commandId;
    }

    public long msisdn() {
        return msisdn;
    }

    public long time() {
        return time;
    }

    public Reply reply() {
        return reply;
    }
}
