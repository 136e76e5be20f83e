package io.telesim.engine;

import java.nio.file.Path;
import java.time.Duration;

import com.lmax.disruptor.BlockingWaitStrategy;
import com.lmax.disruptor.BusySpinWaitStrategy;
import com.lmax.disruptor.SleepingWaitStrategy;
import com.lmax.disruptor.WaitStrategy;
import com.lmax.disruptor.YieldingWaitStrategy;

import io.telesim.engine.journal.FsyncPolicy;
import io.telesim.engine.pipeline.IdempotencyTable;

/**
 * How the engine is sized and how careful it is. {@link #defaults()} suits a laptop or the 2-core test
 * machine; every field can be changed with its {@code with...} method.
 *
 * @param ringSize           commands the ring holds (a power of two); a full ring answers BUSY
 * @param waitStrategy       how idle stages wait: {@code blocking} (frees the CPU), {@code sleeping}, {@code yielding},
 *                           {@code busy-spin} (lowest latency, one core per stage)
 * @param maxAccounts        subscribers the account store is sized for
 * @param openSessions       call and data sessions that may be open at once
 * @param idempotencyWindow  how many recent command ids are remembered for answering repeats
 * @param fsync              when the journal and statements are forced to disk
 * @param checkpointInterval how often the state is checkpointed (the journal before it is then deleted)
 * @param liveState          where the state changed at random in place lives (the live account map, the
 *                           statement heads), or null for the data directory. Durability comes from the
 *                           journal, the checkpoints and the statement log, which stay in the data directory;
 *                           a memory-backed directory ({@code /dev/shm}) spares the engine the kernel's
 *                           writeback of those files (BENCHMARKS.md), and after a reboot the engine restores
 *                           the last checkpoint, replays the journal and rebuilds the heads from the log.
 */
public record EngineSettings(int ringSize, String waitStrategy, long maxAccounts, int openSessions, int idempotencyWindow,
                             FsyncPolicy fsync, Duration checkpointInterval, Path liveState) {

    public EngineSettings {
        if (ringSize < 2 || Integer.bitCount(ringSize) != 1) {
            throw new IllegalArgumentException("the ring size must be a power of two, got " + ringSize);
        }
        waitStrategy(waitStrategy);
        if (maxAccounts < 1 || openSessions < 1 || idempotencyWindow < 1) {
            throw new IllegalArgumentException("accounts, sessions and the idempotency window must be at least 1");
        }
        if (idempotencyWindow > IdempotencyTable.MAX_CAPACITY) {
            throw new IllegalArgumentException("the idempotency window holds at most " + IdempotencyTable.MAX_CAPACITY
                    + " commands, got " + idempotencyWindow);
        }
        if (fsync == null || checkpointInterval == null || checkpointInterval.isNegative() || checkpointInterval.isZero()) {
            throw new IllegalArgumentException("an fsync policy and a positive checkpoint interval are required");
        }
    }

    public static EngineSettings defaults() {
        return new EngineSettings(1 << 16, "blocking", 2_000_000, 1 << 17, 1 << 21, FsyncPolicy.NONE, Duration.ofMinutes(5), null);
    }

    public EngineSettings withRingSize(int size) {
        return new EngineSettings(size, waitStrategy, maxAccounts, openSessions, idempotencyWindow, fsync, checkpointInterval, liveState);
    }

    public EngineSettings withWaitStrategy(String strategy) {
        return new EngineSettings(ringSize, strategy, maxAccounts, openSessions, idempotencyWindow, fsync, checkpointInterval, liveState);
    }

    public EngineSettings withMaxAccounts(long accounts) {
        return new EngineSettings(ringSize, waitStrategy, accounts, openSessions, idempotencyWindow, fsync, checkpointInterval, liveState);
    }

    public EngineSettings withOpenSessions(int sessions) {
        return new EngineSettings(ringSize, waitStrategy, maxAccounts, sessions, idempotencyWindow, fsync, checkpointInterval, liveState);
    }

    public EngineSettings withIdempotencyWindow(int window) {
        return new EngineSettings(ringSize, waitStrategy, maxAccounts, openSessions, window, fsync, checkpointInterval, liveState);
    }

    public EngineSettings withFsync(FsyncPolicy policy) {
        return new EngineSettings(ringSize, waitStrategy, maxAccounts, openSessions, idempotencyWindow, policy, checkpointInterval, liveState);
    }

    public EngineSettings withCheckpointInterval(Duration interval) {
        return new EngineSettings(ringSize, waitStrategy, maxAccounts, openSessions, idempotencyWindow, fsync, interval, liveState);
    }

    /** Keeps the live account map and statement heads in {@code directory} (for example {@code /dev/shm}). */
    public EngineSettings withLiveState(Path directory) {
        return new EngineSettings(ringSize, waitStrategy, maxAccounts, openSessions, idempotencyWindow, fsync, checkpointInterval, directory);
    }

    /** The Disruptor wait strategy named by {@link #waitStrategy()}. */
    public WaitStrategy newWaitStrategy() {
        return waitStrategy(waitStrategy);
    }

    private static WaitStrategy waitStrategy(String name) {
        return switch (name == null ? "" : name) {
            case "blocking" -> new BlockingWaitStrategy();
            case "sleeping" -> new SleepingWaitStrategy();
            case "yielding" -> new YieldingWaitStrategy();
            case "busy-spin" -> new BusySpinWaitStrategy();
            default -> throw new IllegalArgumentException("unknown wait strategy '" + name + "': blocking, sleeping, yielding or busy-spin");
        };
    }
}
