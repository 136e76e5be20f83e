package io.telesim.engine;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import io.telesim.billing.bonus.GiftLedger;
import io.telesim.billing.catalog.Catalog;
import io.telesim.billing.ops.BillingRules;
import io.telesim.billing.rating.ReservationTable;
import io.telesim.engine.clock.EngineClock;
import io.telesim.engine.metrics.EngineMetrics;
import io.telesim.engine.pipeline.AccountRepository;
import io.telesim.engine.pipeline.ApplyStage;
import io.telesim.engine.pipeline.CommandLog;
import io.telesim.engine.pipeline.EngineCore;
import io.telesim.engine.pipeline.IdempotencyTable;
import io.telesim.engine.pipeline.InMemoryAccounts;
import io.telesim.engine.pipeline.Pipeline;
import io.telesim.engine.pipeline.StatementSink;
import io.telesim.engine.recovery.EngineStorage;
import io.telesim.engine.statement.StatementStore;

/**
 * The rating engine (N1): every command that changes an account goes through one ring, so each account
 * has exactly one writer. Submit commands from any thread; the reply comes to a {@link ReplyHandler}
 * (or a future) after the command was journaled, applied and its statement records written. A full ring
 * answers {@link SubmitStatus#BUSY} at once, so a gateway can answer in its own protocol.
 */
public final class Engine implements AutoCloseable {

    private final Catalog catalog;
    private final EngineCore core;
    private final Pipeline pipeline;
    private final EngineMetrics metrics;
    private final Runnable onClose;
    private EngineStorage storage;
    private boolean closed;

    private Engine(Catalog catalog, EngineCore core, Pipeline pipeline, EngineMetrics metrics, Runnable onClose) {
        this.catalog = catalog;
        this.core = core;
        this.pipeline = pipeline;
        this.metrics = metrics;
        this.onClose = onClose;
    }

    /** An engine that keeps everything in memory: nothing is journaled and nothing survives the process. */
    public static Engine inMemory(Catalog catalog, EngineClock clock, EngineSettings settings, NotificationSink notifications) {
        return inMemory(catalog, clock, settings, notifications, new CountingLog(), StatementSink.NONE);
    }

    /**
     * An in-memory engine that journals to {@code journal} and writes statements to {@code statements}:
     * for tests and tools that look at what the engine writes.
     */
    public static Engine inMemory(Catalog catalog, EngineClock clock, EngineSettings settings, NotificationSink notifications,
                                  CommandLog journal, StatementSink statements) {
        EngineCore core = new EngineCore(new BillingRules(catalog), new InMemoryAccounts(Math.toIntExact(settings.maxAccounts())),
                new ReservationTable(settings.openSessions()), new GiftLedger(), new IdempotencyTable(settings.idempotencyWindow()));
        EngineMetrics metrics = new EngineMetrics();
        Pipeline pipeline = new Pipeline(settings.ringSize(), settings.newWaitStrategy(), clock, journal, core, statements,
                notifications, metrics, ApplyStage.BatchBoundary.NONE, 0, 0);
        return new Engine(catalog, core, pipeline, metrics, () -> { });
    }

    /** Journals nothing; positions only count. */
    private static final class CountingLog implements CommandLog {
        private long position;

        @Override
        public long append(org.agrona.DirectBuffer buffer, int offset, int length) {
            return ++position;
        }

        @Override
        public void endOfBatch() {
        }
    }

    /**
     * Opens the engine on its files in {@code dataDirectory}, recovering the state (the last checkpoint,
     * then every journaled command after it), and starts the pipeline.
     *
     * @throws IOException naming the file and the problem when the data cannot be trusted
     */
    public static Engine open(Path dataDirectory, Catalog catalog, EngineClock clock, EngineSettings settings,
                              NotificationSink notifications) throws IOException {
        EngineStorage storage = EngineStorage.open(dataDirectory, catalog, settings);
        EngineMetrics metrics = new EngineMetrics();
        Pipeline pipeline = new Pipeline(settings.ringSize(), settings.newWaitStrategy(), clock, storage.journalLog(), storage.core(),
                storage.statements(), notifications, metrics, storage.checkpointer(), storage.lastAppliedPosition(), storage.lastTime());
        storage.attach(pipeline);
        Engine engine = new Engine(catalog, storage.core(), pipeline, metrics, () -> storage.close(pipeline));
        engine.storage = storage;
        return engine;
    }

    /** The statement store (F7) of an engine opened on files; null for an in-memory engine. */
    public StatementStore statements() {
        return storage == null ? null : storage.statementStore();
    }

    /** Journaled commands applied again when this engine was opened. */
    public long replayedAtStart() {
        return storage == null ? 0 : storage.replayedCommands();
    }

    public Catalog catalog() {
        return catalog;
    }

    /** Submits a command; its reply goes to {@code handler} (may be null). Allocation-free; thread-safe. */
    public SubmitStatus submit(Command command, ReplyHandler handler) {
        return pipeline.submit(command, handler);
    }

    /**
     * Submits a command and returns its reply as a future: convenient for callers that are not on a hot
     * path. A full ring completes the future with {@link EngineBusyException}.
     */
    public CompletableFuture<ReplySnapshot> call(Command command) {
        CompletableFuture<ReplySnapshot> future = new CompletableFuture<>();
        SubmitStatus status = pipeline.submit(command, reply -> future.complete(reply.snapshot()));
        if (status != SubmitStatus.ACCEPTED) {
            future.completeExceptionally(new EngineBusyException(status));
        }
        return future;
    }

    /** The account of {@code msisdn} as it is after every command submitted before this call. */
    public CompletableFuture<ReplySnapshot> read(long msisdn) {
        return call(new Command().set(CommandType.READ, 0, msisdn));
    }

    /** Runs {@code query} on the engine's thread, after every command submitted before it, and returns its answer. */
    public <T> CompletableFuture<T> query(Function<EngineView, T> query) {
        CompletableFuture<T> future = new CompletableFuture<>();
        Object[] answer = new Object[1];
        SubmitStatus status = pipeline.query(view -> answer[0] = query.apply(view), reply -> {
            if (reply.outcome() == io.telesim.billing.result.Outcome.OK) {
                @SuppressWarnings("unchecked")
                T value = (T) answer[0];
                future.complete(value);
            } else {
                future.completeExceptionally(new IllegalStateException("the query failed: " + reply.outcome().reason()));
            }
        });
        if (status != SubmitStatus.ACCEPTED) {
            future.completeExceptionally(new EngineBusyException(status));
        }
        return future;
    }

    public EngineMetrics metrics() {
        return metrics;
    }

    /** Counters and lags now; any thread. */
    public EngineStatus status() {
        return new EngineStatus(metrics.replied(), metrics.duplicates(), metrics.busy(), metrics.engineErrors(), pipeline.occupancy(),
                pipeline.capacity(), pipeline.journalLag(), pipeline.applyLag());
    }

    /**
     * How many accounts were removed since the engine opened (terminations, and numbers given up in a number
     * replacement): a cache of "is a subscriber" answers is stale once this moves. Any thread, no allocation.
     */
    public long subscribersRemoved() {
        return core.removals();
    }

    /** Commands in the ring not yet replied to. */
    public long ringOccupancy() {
        return pipeline.occupancy();
    }

    public int ringCapacity() {
        return pipeline.capacity();
    }

    /** Stops accepting commands, finishes every command already in the ring, then stops. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        pipeline.close();
        onClose.run();
    }

    EngineCore core() {
        return core;
    }
}
