package io.telesim.engine.pipeline;

import org.agrona.DirectBuffer;

import io.telesim.billing.bonus.GiftLedger;
import io.telesim.billing.ops.BillingRules;
import io.telesim.billing.rating.ReservationTable;

/**
 * The engine's state and the rules that change it: accounts, open reservations, gifts, the idempotency
 * window, and the applier that is their single writer. The pipeline drives it live; recovery drives it
 * with journal records before the pipeline starts.
 */
public final class EngineCore {

    private final BillingRules rules;
    private final AccountRepository accounts;
    private final ReservationTable reservations;
    private final GiftLedger gifts;
    private final IdempotencyTable idempotency;
    private final CommandApplier applier;
    private final StateView view;
    private final CommandSlot replaySlot = new CommandSlot();

    public EngineCore(BillingRules rules, AccountRepository accounts, ReservationTable reservations, GiftLedger gifts,
                      IdempotencyTable idempotency) {
        this.rules = rules;
        this.accounts = accounts;
        this.reservations = reservations;
        this.gifts = gifts;
        this.idempotency = idempotency;
        this.applier = new CommandApplier(rules, accounts, reservations, gifts, idempotency);
        this.view = new StateView(rules.catalog(), accounts, reservations, gifts, applier);
    }

    /**
     * Applies again, as the apply stage did, the commands of one journal record whose positions come after
     * {@code after}; their statement records go to {@code statements} only when {@code writeStatements} (they
     * may already be in the statement store).
     *
     * @param record the record's journal position
     * @param replayed told the position and engine time of each command applied
     */
    public void replayRecord(long record, DirectBuffer buffer, int offset, int length, long after, StatementSink statements,
                             boolean writeStatements, Replayed replayed) {
        int commands = CommandPositions.commandsIn(length);
        for (int place = 0; place < commands; place++) {
            long position = CommandPositions.of(record, place);
            if (position > after) {
                CommandCodec.decode(buffer, offset + place * CommandCodec.LENGTH, CommandCodec.LENGTH, replaySlot);
                replaySlot.journalPosition = position;
                applier.apply(replaySlot);
                if (writeStatements && !replaySlot.duplicate) {
                    statements.write(replaySlot);
                }
                replayed.applied(position, replaySlot.time);
            }
        }
    }

    /** Told of each command {@link #replayRecord} applied. */
    @FunctionalInterface
    public interface Replayed {
        Replayed NONE = (position, time) -> { };

        void applied(long position, long time);
    }

    public BillingRules rules() {
        return rules;
    }

    public AccountRepository accounts() {
        return accounts;
    }

    public ReservationTable reservations() {
        return reservations;
    }

    public GiftLedger gifts() {
        return gifts;
    }

    public IdempotencyTable idempotency() {
        return idempotency;
    }

    CommandApplier applier() {
        return applier;
    }

    StateView view() {
        return view;
    }

    public long engineErrors() {
        return applier.errors();
    }

    /** Accounts removed since start (terminations, number replacements); any thread. */
    public long removals() {
        return applier.removals();
    }

    public long subscribers() {
        return applier.subscribers();
    }
}
