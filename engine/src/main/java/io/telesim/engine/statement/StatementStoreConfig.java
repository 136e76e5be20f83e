package io.telesim.engine.statement;

import java.nio.file.Path;

/**
 * Where and how a {@link StatementStore} keeps its files.
 *
 * @param directory       holds the log ({@code log/}) and the heads file ({@code heads.cm3})
 * @param expectedNumbers how many numbers the heads map is sized for; it grows to 8 times this
 * @param blockSize       the log's memory-mapping chunk in bytes. A query that steps into another chunk
 *                        maps it (measured: 20 µs a step with 64 MiB chunks, against 3 µs within one
 *                        chunk), so the default chunk holds a whole day of the log, ~150 million
 *                        records; files are sparse, so a large chunk costs address space, not disk
 * @param syncEachBatch   force the log to the disk at every {@link StatementStore#endOfBatch()}
 * @param headsDirectory  where the heads file lives instead, or null for {@code directory}. The heads are a
 *                        cache of the log changed at random in place; a memory-backed directory spares the
 *                        disk's writeback of them, and a missing heads file is rebuilt from the log
 */
public record StatementStoreConfig(Path directory, long expectedNumbers, long blockSize, boolean syncEachBatch,
                                   Path headsDirectory) {

    public static final long DEFAULT_EXPECTED_NUMBERS = 1_000_000;
    public static final long DEFAULT_BLOCK_SIZE = 16L << 30;

    public StatementStoreConfig {
        if (expectedNumbers < 1) {
            throw new IllegalArgumentException("expected numbers must be positive: " + expectedNumbers);
        }
        if (blockSize < 1 << 20) {
            throw new IllegalArgumentException("the block size must be at least 1 MiB: " + blockSize);
        }
    }

    /** A million numbers, 16 GiB chunks, no fsync. */
    public static StatementStoreConfig in(Path directory) {
        return new StatementStoreConfig(directory, DEFAULT_EXPECTED_NUMBERS, DEFAULT_BLOCK_SIZE, false, null);
    }

    public StatementStoreConfig withExpectedNumbers(long numbers) {
        return new StatementStoreConfig(directory, numbers, blockSize, syncEachBatch, headsDirectory);
    }

    public StatementStoreConfig withBlockSize(long bytes) {
        return new StatementStoreConfig(directory, expectedNumbers, bytes, syncEachBatch, headsDirectory);
    }

    public StatementStoreConfig withHeadsIn(Path heads) {
        return new StatementStoreConfig(directory, expectedNumbers, blockSize, syncEachBatch, heads);
    }

    /** The heads file. */
    public Path headsFile() {
        return (headsDirectory == null ? directory : headsDirectory).resolve("heads.cm3");
    }

    public StatementStoreConfig withSyncEachBatch(boolean sync) {
        return new StatementStoreConfig(directory, expectedNumbers, blockSize, sync, headsDirectory);
    }
}
