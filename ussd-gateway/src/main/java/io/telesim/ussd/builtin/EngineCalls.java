package io.telesim.ussd.builtin;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.function.LongSupplier;

import io.telesim.billing.account.AccountRecord;
import io.telesim.billing.catalog.Catalog;
import io.telesim.billing.result.Outcome;
import io.telesim.engine.Command;
import io.telesim.engine.CommandType;
import io.telesim.engine.Engine;
import io.telesim.engine.ReplySnapshot;

/**
 * The built-in services' only way to the engine: commands with fresh ids whose replies become the
 * session's last screen, and an account read in one go. Never blocks; a full engine fails the stage with
 * {@link io.telesim.engine.EngineBusyException}, which is left to the gateway.
 */
final class EngineCalls {

    private final Engine engine;
    private final LongSupplier commandIds;

    EngineCalls(Engine engine, LongSupplier commandIds) {
        this.engine = engine;
        this.commandIds = commandIds;
    }

    Catalog catalog() {
        return engine.catalog();
    }

    /** A new command of {@code type} for {@code msisdn} with a fresh id; the caller sets the rest. */
    Command command(CommandType type, long msisdn) {
        return new Command().set(type, commandIds.getAsLong(), msisdn);
    }

    /**
     * Sends {@code command} and ends the session with the engine's answer: {@code success} of the reply
     * when it is done, the refusal's reason in words otherwise.
     */
    CompletionStage<Turn> run(Command command, Function<ReplySnapshot, String> success) {
        return run(command, success, Wording::refusal);
    }

    /** As {@link #run(Command, Function)}, with the refusal worded by {@code refusal}. */
    CompletionStage<Turn> run(Command command, Function<ReplySnapshot, String> success, Function<Outcome, String> refusal) {
        return engine.call(command).thenApply(reply -> Turn.end(reply.outcome() == Outcome.OK
                ? success.apply(reply) : refusal.apply(reply.outcome())));
    }

    /** Reads the account of {@code msisdn} and continues with it; a number that is not ours ends the session. */
    CompletionStage<Turn> withAccount(long msisdn, Function<AccountState, CompletionStage<Turn>> then) {
        AccountRecord copy = AccountRecord.onHeap();
        CompletableFuture<Boolean> found = engine.query(view -> view.account(msisdn, copy));
        return engine.read(msisdn).thenCombine(found, (read, known) -> known ? new AccountState(read, copy) : null)
                .thenCompose(account -> account == null ? Turn.end(Wording.refusal(Outcome.UNKNOWN_SUBSCRIBER)).now() : then.apply(account));
    }
}
