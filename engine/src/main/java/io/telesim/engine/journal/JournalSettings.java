package io.telesim.engine.journal;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.LongSupplier;
import net.openhft.chronicle.queue.RollCycle;
import net.openhft.chronicle.queue.RollCycles;

/**
 * Where a journal lives and how it behaves.
 *
 * @param directory       the journal's directory, created if missing; it holds nothing else
 * @param fsync           when appended commands are forced to the disk
 * @param nanoTime        a monotonic clock in nanoseconds, read only by an {@link FsyncPolicy.Kind#INTERVAL} policy
 * @param wallClockMillis epoch milliseconds; Chronicle Queue reads it to pick the file (cycle) an append goes to
 * @param rollCycle       how often a new journal file is started
 */
public record JournalSettings(Path directory, FsyncPolicy fsync, LongSupplier nanoTime,
                              LongSupplier wallClockMillis, RollCycle rollCycle) {

    /**
     * Five-minute files. At the engine's target of one million 80-byte commands a second a file holds
     * about 300 million records (29 GB); the cycle allows 1,073 million, so there is room for bursts
     * three times that rate, and checkpoints can free disk every five minutes.
     */
    public static final RollCycle DEFAULT_ROLL_CYCLE = RollCycles.FIVE_MINUTELY;

    /** Checks that nothing is missing. */
    public JournalSettings {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(fsync, "fsync");
        Objects.requireNonNull(nanoTime, "nanoTime");
        Objects.requireNonNull(wallClockMillis, "wallClockMillis");
        Objects.requireNonNull(rollCycle, "rollCycle");
    }

    /**
     * Settings with the system wall clock and {@link #DEFAULT_ROLL_CYCLE}.
     *
     * @param directory the journal's directory
     * @param fsync     when appended commands are forced to the disk
     * @param nanoTime  a monotonic clock for the fsync interval, usually {@code System::nanoTime}
     * @return the settings
     */
    public static JournalSettings of(Path directory, FsyncPolicy fsync, LongSupplier nanoTime) {
        return new JournalSettings(directory, fsync, nanoTime, System::currentTimeMillis, DEFAULT_ROLL_CYCLE);
    }

    /**
     * @param cycle how often a new journal file is started
     * @return these settings with another roll cycle
     */
    public JournalSettings withRollCycle(RollCycle cycle) {
        return new JournalSettings(directory, fsync, nanoTime, wallClockMillis, cycle);
    }

    /**
     * @param epochMillis the clock Chronicle Queue picks files by (tests and accelerated scenarios fake it)
     * @return these settings with another wall clock
     */
    public JournalSettings withWallClock(LongSupplier epochMillis) {
        return new JournalSettings(directory, fsync, nanoTime, epochMillis, rollCycle);
    }
}
