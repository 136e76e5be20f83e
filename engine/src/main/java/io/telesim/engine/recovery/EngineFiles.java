package io.telesim.engine.recovery;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the engine keeps its files under the data directory:
 * <pre>
 *   journal/                 the command journal (Chronicle Queue)
 *   statements/              the statement log and its per-number index
 *   state/accounts.map       the live accounts (Chronicle Map)
 *   state/checkpoint/        the last checkpoint: CHECKPOINT, accounts-POSITION.snap, side-POSITION.bin
 * </pre>
 */
record EngineFiles(Path root) {

    static EngineFiles in(Path root) throws IOException {
        EngineFiles files = new EngineFiles(root.toAbsolutePath());
        Files.createDirectories(files.journal());
        Files.createDirectories(files.statements());
        Files.createDirectories(files.checkpoints());
        return files;
    }

    Path journal() {
        return root.resolve("journal");
    }

    Path statements() {
        return root.resolve("statements");
    }

    Path state() {
        return root.resolve("state");
    }

    Path accounts() {
        return state().resolve("accounts.map");
    }

    Path checkpoints() {
        return state().resolve("checkpoint");
    }

    Path manifest() {
        return checkpoints().resolve("CHECKPOINT");
    }

    Path accountsSnapshot(long position) {
        return checkpoints().resolve("accounts-" + Long.toHexString(position) + ".snap");
    }

    Path sideState(long position) {
        return checkpoints().resolve("side-" + Long.toHexString(position) + ".bin");
    }
}
