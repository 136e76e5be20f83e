package io.telesim.engine.recovery;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.telesim.engine.pipeline.ApplyStage;
import io.telesim.engine.pipeline.EngineCore;
import io.telesim.engine.pipeline.IdempotencyTable;
import io.telesim.engine.state.AccountStore;
import io.telesim.engine.state.CheckpointStage;

/**
 * Takes a checkpoint every so often between two apply batches, while no command is half applied: it
 * waits for the output stage to finish what was applied (so statements are written up to the same command),
 * copies the accounts, open sessions, gifts and idempotency window in memory (the only pause), and writes
 * them out on its own thread. Once they are durable, journal files before the checkpoint may be deleted.
 */
final class Checkpointer implements ApplyStage.BatchBoundary, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Checkpointer.class);

    private final EngineFiles files;
    private final AccountStore accounts;
    private final EngineCore core;
    private final JournalLog journal;
    private final long intervalNanos;
    private final CheckpointStage accountStage;
    private final IdempotencyTable.Stage idempotencyStage;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "telesim-checkpoint");
        thread.setDaemon(true);
        return thread;
    });
    private volatile LongSupplier outputSequence = () -> Long.MAX_VALUE;
    private volatile boolean writing;
    private long lastStart = System.nanoTime();
    private long lastPosition;

    Checkpointer(EngineFiles files, AccountStore accounts, EngineCore core, JournalLog journal, Duration interval,
                 long startPosition) throws IOException {
        this.files = files;
        this.accounts = accounts;
        this.core = core;
        this.journal = journal;
        this.intervalNanos = interval.toNanos();
        this.accountStage = accounts.newCheckpointStage();
        this.idempotencyStage = new IdempotencyTable.Stage(core.idempotency().capacity());
        this.lastPosition = startPosition;
    }

    /** Where the output stage is; set once the pipeline exists. */
    void outputProgress(LongSupplier sequence) {
        this.outputSequence = sequence;
    }

    @Override
    public void beforeBatch(long lastAppliedPosition, long time, long ringSequence) {
        if (lastAppliedPosition == lastPosition || writing || System.nanoTime() - lastStart < intervalNanos) {
            return;
        }
        lastStart = System.nanoTime();
        try {
            LongSupplier output = outputSequence;
            while (output.getAsLong() < ringSequence) {
                Thread.onSpinWait(); // the output stage finishes the batch just applied
            }
            if (!accounts.capture(accountStage, lastAppliedPosition)) {
                return;
            }
            byte[] sessions = SideState.captureSessions(core.reservations());
            byte[] gifts = SideState.captureGifts(core.gifts());
            core.idempotency().captureInto(idempotencyStage);
            long pauseMillis = (System.nanoTime() - lastStart) / 1_000_000;
            writing = true;
            lastPosition = lastAppliedPosition;
            writer.execute(() -> write(lastAppliedPosition, time, sessions, gifts, pauseMillis));
        } catch (IOException | RuntimeException e) {
            LOG.error("could not take a checkpoint at journal position {}; the engine goes on and tries again later",
                    lastAppliedPosition, e);
        }
    }

    private void write(long position, long time, byte[] sessions, byte[] gifts, long pauseMillis) {
        long start = System.nanoTime();
        try {
            Path accountsFile = files.accountsSnapshot(position);
            Path sideFile = files.sideState(position);
            accountStage.writeTo(accountsFile);
            SideStateFile.write(sideFile, sessions, gifts, idempotencyStage);
            new CheckpointManifest(position, time, accountsFile.getFileName().toString(), sideFile.getFileName().toString(), false)
                    .write(files);
            deleteOlderThan(accountsFile, sideFile);
            journal.allowDeletionUpTo(position);
            LOG.info("checkpoint at journal position {}: the engine paused {} ms, writing took {} ms", position, pauseMillis,
                    (System.nanoTime() - start) / 1_000_000);
        } catch (IOException | RuntimeException e) {
            LOG.error("could not write the checkpoint at journal position {}; the previous checkpoint stays", position, e);
        } finally {
            writing = false;
        }
    }

    /**
     * A checkpoint taken after the pipeline stopped, from the stopping thread: recovery can start from it
     * without replaying anything.
     */
    void checkpointAtClose(long position, long time) throws IOException {
        close();
        Path accountsFile = files.accountsSnapshot(position);
        Path sideFile = files.sideState(position);
        accounts.checkpoint(accountsFile, position);
        core.idempotency().captureInto(idempotencyStage);
        SideStateFile.write(sideFile, SideState.captureSessions(core.reservations()), SideState.captureGifts(core.gifts()),
                idempotencyStage);
        new CheckpointManifest(position, time, accountsFile.getFileName().toString(), sideFile.getFileName().toString(), true)
                .write(files);
        deleteOlderThan(accountsFile, sideFile);
    }

    private void deleteOlderThan(Path accountsFile, Path sideFile) throws IOException {
        try (var listing = Files.list(files.checkpoints())) {
            for (Path path : (Iterable<Path>) listing::iterator) {
                String name = path.getFileName().toString();
                boolean old = (name.startsWith("accounts-") || name.startsWith("side-")) && !path.equals(accountsFile)
                        && !path.equals(sideFile);
                if (old) {
                    Files.deleteIfExists(path);
                }
            }
        }
    }

    /** Waits for a checkpoint being written, then stops the writer thread. */
    @Override
    public void close() {
        writer.shutdown();
        try {
            writer.awaitTermination(5, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        accountStage.close();
    }
}
