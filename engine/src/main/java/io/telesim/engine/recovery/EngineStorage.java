package io.telesim.engine.recovery;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.telesim.billing.bonus.GiftLedger;
import io.telesim.billing.catalog.Catalog;
import io.telesim.billing.ops.BillingRules;
import io.telesim.billing.rating.ReservationTable;
import io.telesim.engine.EngineSettings;
import io.telesim.engine.files.PageCacheWarmer;
import io.telesim.engine.journal.CommandJournal;
import io.telesim.engine.journal.JournalReader;
import io.telesim.engine.pipeline.ApplyStage;
import io.telesim.engine.pipeline.CommandLog;
import io.telesim.engine.pipeline.CommandPositions;
import io.telesim.engine.pipeline.EngineCore;
import io.telesim.engine.pipeline.IdempotencyTable;
import io.telesim.engine.pipeline.Pipeline;
import io.telesim.engine.pipeline.StatementSink;
import io.telesim.engine.pipeline.StatementWriter;
import io.telesim.engine.state.AccountStore;
import io.telesim.engine.statement.StatementStore;
import io.telesim.engine.statement.StatementStoreConfig;

/**
 * The engine's files and their recovery. Opening brings the state to exactly what every journaled
 * command made it, whatever happened before:
 * <ol>
 *   <li>the journal cuts a torn tail at its last good record;</li>
 *   <li>the accounts come from the last checkpoint (or, after a clean stop at the end of the journal, from
 *       the live map file as it was left), with the open sessions, gifts and idempotency window saved beside them;</li>
 *   <li>every journaled command after the checkpoint is applied again, by the same rules; the statement store
 *       skips records it already holds, so none is written twice.</li>
 * </ol>
 * A damaged state file stops start-up with a message naming it instead of serving wrong balances.
 */
public final class EngineStorage {

    private static final Logger LOG = LoggerFactory.getLogger(EngineStorage.class);

    private final EngineFiles files;
    private final CommandJournal journal;
    private final JournalLog journalLog;
    private final AccountStore accounts;
    private final StatementStore statements;
    private final StatementWriter statementWriter;
    private final EngineCore core;
    private final Checkpointer checkpointer;
    private final PageCacheWarmer warmer;
    private final long lastAppliedPosition;
    private final long lastTime;
    private final long replayed;

    private EngineStorage(EngineFiles files, CommandJournal journal, AccountStore accounts, StatementStore statements, EngineCore core,
                          EngineSettings settings, long lastAppliedPosition, long lastTime, long replayed) throws IOException {
        this.files = files;
        this.journal = journal;
        this.journalLog = new JournalLog(journal);
        this.accounts = accounts;
        this.statements = statements;
        this.statementWriter = new StatementWriter(statements);
        this.core = core;
        this.lastAppliedPosition = lastAppliedPosition;
        this.lastTime = lastTime;
        this.replayed = replayed;
        this.checkpointer = new Checkpointer(files, accounts, core, journalLog, settings.checkpointInterval(), lastAppliedPosition);
        this.warmer = PageCacheWarmer.start(List.of(journal.appendPoint(), statements.appendPoint()));
    }

    /**
     * Opens (or creates) the engine's files under {@code dataDirectory} and recovers the state.
     *
     * @throws IOException naming the file and the problem when the data cannot be trusted
     */
    public static EngineStorage open(Path dataDirectory, Catalog catalog, EngineSettings settings) throws IOException {
        long start = System.nanoTime();
        EngineFiles files = EngineFiles.in(dataDirectory, settings.liveState());
        if (settings.liveState() != null && !Files.exists(files.accounts())) {
            LiveStateSpace.check(files.liveState(), settings.maxAccounts());
        }
        CommandJournal journal = CommandJournal.open(files.journal(), settings.fsync(), System::nanoTime);
        AccountStore accounts = null;
        StatementStore statements = null;
        try {
            CheckpointManifest manifest = CheckpointManifest.read(files);
            accounts = openAccounts(files, manifest, journal, settings);
            EngineCore core = new EngineCore(new BillingRules(catalog), new StoredAccounts(accounts),
                    new ReservationTable(settings.openSessions()), new GiftLedger(), new IdempotencyTable(settings.idempotencyWindow()));
            if (manifest != null) {
                SideStateFile.read(files.checkpoints().resolve(manifest.sideFile()), core);
            }
            statements = StatementStore.open(StatementStoreConfig.in(files.statements()).withHeadsIn(files.statementHeads())
                    .withExpectedNumbers(Math.max(1_000, settings.maxAccounts())).withSyncEachBatch(settings.fsync()
                            .kind() == io.telesim.engine.journal.FsyncPolicy.Kind.PER_BATCH));
            StatementWriter writer = new StatementWriter(statements);
            long after = manifest == null ? CommandJournal.BEFORE_FIRST : manifest.position();
            long[] last = {after, manifest == null ? 0 : manifest.time(), 0};
            EngineCore.Replayed progress = (position, time) -> {
                last[0] = position;
                last[1] = Math.max(last[1], time);
                last[2]++;
            };
            JournalReader reader = (record, buffer, offset, length) ->
                    core.replayRecord(record, buffer, offset, length, after, writer, true, progress);
            if (after == CommandJournal.BEFORE_FIRST) {
                journal.replay(CommandJournal.BEFORE_FIRST, reader);
            } else {
                // the checkpoint's command may share its record with commands after it
                journal.replayFrom(CommandPositions.record(after), reader);
            }
            writer.endOfBatch();
            statements.releaseWriter();
            LOG.info("engine state recovered in {} ms: {} subscribers, {} open sessions, {} journaled commands replayed after {}",
                    (System.nanoTime() - start) / 1_000_000, core.subscribers(), core.reservations().size(), last[2],
                    manifest == null ? "the start of the journal" : "the checkpoint at position " + manifest.position());
            return new EngineStorage(files, journal, accounts, statements, core, settings, last[0], last[1], last[2]);
        } catch (IOException | RuntimeException e) {
            closeQuietly(statements);
            closeQuietly(accounts);
            closeQuietly(journal);
            throw e;
        }
    }

    private static AccountStore openAccounts(EngineFiles files, CheckpointManifest manifest, CommandJournal journal,
                                             EngineSettings settings) throws IOException {
        Path live = files.accounts();
        Files.createDirectories(live.getParent());
        if (manifest == null) {
            // No checkpoint: the whole journal is replayed, so the live file must start empty.
            deleteLiveAccounts(live);
            return AccountStore.open(live, settings.maxAccounts());
        }
        if (manifest.clean() && CommandPositions.record(manifest.position()) == journal.lastPosition() && Files.exists(live) && AccountStore.closedCleanly(live)) {
            return AccountStore.open(live, settings.maxAccounts());
        }
        Path snapshot = files.checkpoints().resolve(manifest.accountsFile());
        LOG.info("restoring the accounts from the checkpoint at journal position {}", manifest.position());
        AccountStore.restore(snapshot, live);
        return AccountStore.open(live, settings.maxAccounts());
    }

    private static void deleteLiveAccounts(Path live) throws IOException {
        try (var listing = Files.list(live.getParent())) {
            for (Path path : (Iterable<Path>) listing::iterator) {
                if (path.getFileName().toString().startsWith(live.getFileName().toString())) {
                    Files.delete(path);
                }
            }
        }
    }

    public EngineCore core() {
        return core;
    }

    public CommandLog journalLog() {
        return journalLog;
    }

    public StatementSink statements() {
        return statementWriter;
    }

    /** The statement store, for reading statements (F7) from any thread. */
    public StatementStore statementStore() {
        return statements;
    }

    public ApplyStage.BatchBoundary checkpointer() {
        return checkpointer;
    }

    public long lastAppliedPosition() {
        return lastAppliedPosition;
    }

    public long lastTime() {
        return lastTime;
    }

    /** Journaled commands applied again while opening. */
    public long replayedCommands() {
        return replayed;
    }

    /** Lets the checkpointer see how far the output stage is. */
    public void attach(Pipeline pipeline) {
        checkpointer.outputProgress(pipeline::outputSequence);
    }

    /**
     * After the pipeline stopped: takes a final checkpoint, so the next start replays nothing, and closes
     * every file.
     */
    public void close(Pipeline stopped) {
        try {
            checkpointer.checkpointAtClose(stopped.lastAppliedPosition(), stopped.lastTime());
        } catch (IOException | RuntimeException e) {
            LOG.error("could not take the final checkpoint; the next start will replay the journal from the last one", e);
        } finally {
            warmer.close();
            closeQuietly(statements);
            closeQuietly(accounts);
            closeQuietly(journal);
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception e) {
            LOG.warn("closing {} failed", closeable, e);
        }
    }

    @Override
    public String toString() {
        return "EngineStorage[" + files.root() + "]";
    }
}
