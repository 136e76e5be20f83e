package io.telesim.simulator.web.http;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.LongSupplier;

import io.telesim.billing.account.AccountRecord;
import io.telesim.billing.result.Outcome;
import io.telesim.engine.Command;
import io.telesim.engine.CommandType;
import io.telesim.engine.Engine;
import io.telesim.engine.EngineView;
import io.telesim.engine.ReplySnapshot;
import io.vertx.core.Future;
import io.vertx.core.Vertx;

/**
 * The web side's way to the engine: commands with fresh ids, answered as Vert.x futures on the caller's
 * context (so handlers continue on their event loop). A refused command fails the future with a 409
 * {@link ApiError} whose code is the outcome's name in lower case and whose message is its reason; a full
 * ring fails it with {@link io.telesim.engine.EngineBusyException} (503). Never blocks.
 */
public final class EngineCalls {

    private final Engine engine;
    private final LongSupplier commandIds;

    public EngineCalls(Engine engine, LongSupplier commandIds) {
        this.engine = engine;
        this.commandIds = commandIds;
    }

    public Engine engine() {
        return engine;
    }

    /** A new command of {@code type} for {@code msisdn} with a fresh id; the caller sets the rest. */
    public Command command(CommandType type, long msisdn) {
        return new Command().set(type, commandIds.getAsLong(), msisdn);
    }

    /** Sends {@code command}; the future fails with a 409 unless the engine applied it. */
    public Future<ReplySnapshot> run(Command command) {
        return runAllowing(command).compose(reply -> reply.outcome() == Outcome.OK
                ? Future.succeededFuture(reply) : Future.failedFuture(ApiError.refusal(reply.outcome())));
    }

    /** Sends {@code command} and hands back the reply whatever its outcome. */
    public Future<ReplySnapshot> runAllowing(Command command) {
        return onContext(engine.call(command));
    }

    /** The reply of a read of {@code msisdn} (balance, bundles, status); 404 when it is not a subscriber. */
    public Future<ReplySnapshot> read(long msisdn) {
        return onContext(engine.read(msisdn)).compose(reply -> reply.outcome() == Outcome.UNKNOWN_SUBSCRIBER
                ? Future.failedFuture(ApiError.notFound(msisdn + " is not a subscriber")) : Future.succeededFuture(reply));
    }

    /** A copy of the whole account of {@code msisdn}, consistent with every command sent before; 404 when there is none. */
    public Future<AccountRecord> account(long msisdn) {
        AccountRecord copy = AccountRecord.onHeap();
        return query(view -> view.account(msisdn, copy)).compose(found -> found
                ? Future.succeededFuture(copy) : Future.failedFuture(ApiError.notFound(msisdn + " is not a subscriber")));
    }

    /**
     * Runs {@code query} on the engine's thread after every command sent before, for reads that need more
     * than one account or the gift ledger at one instant. The query must only copy out what it reads.
     */
    public <T> Future<T> query(Function<EngineView, T> query) {
        return onContext(engine.query(query));
    }

    private static <T> Future<T> onContext(CompletableFuture<T> future) {
        var context = Vertx.currentContext();
        return context == null ? Future.fromCompletionStage(future) : Future.fromCompletionStage(future, context);
    }
}
