package io.telesim.engine.statement;

import java.io.IOException;
import java.nio.file.Path;

/** Stores sized for tests: a few thousand numbers, 16 MiB mapping chunks. */
final class TestStores {

    static final long BLOCK_SIZE = 16L << 20;

    private TestStores() {
    }

    static StatementStoreConfig config(Path directory) {
        return StatementStoreConfig.in(directory).withExpectedNumbers(10_000).withBlockSize(BLOCK_SIZE);
    }

    static StatementStore open(Path directory) throws IOException {
        return StatementStore.open(config(directory));
    }

    /** A reader of the store's log, for tests that look at the walk itself. */
    static LogReader reader(StatementStore store) {
        return store.log().reader();
    }
}
