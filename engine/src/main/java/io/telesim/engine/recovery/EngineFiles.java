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
 * The live state (the account map and the statement heads, both changed at random in place) may live
 * elsewhere ({@code EngineSettings.liveState}): then in a directory there named after this data
 * directory, so two engines never share one.
 */
record EngineFiles(Path root, Path liveState) {

    /**
     * @param liveStateIn where the live account map and statement heads live, or null for the data directory
     */
    static EngineFiles in(Path root, Path liveStateIn) throws IOException {
        Path absolute = root.toAbsolutePath().normalize();
        Path live = liveStateIn == null ? absolute.resolve("state")
                : liveStateIn.toAbsolutePath().resolve("telesim-" + Integer.toHexString(absolute.toString().hashCode())
                + "-" + absolute.getFileName());
        EngineFiles files = new EngineFiles(absolute, live);
        Files.createDirectories(live);
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
        return liveState.resolve("accounts.map");
    }

    /** Where the statement heads live: with the statements, unless the live state lives elsewhere. */
    Path statementHeads() {
        return liveState.equals(state()) ? statements() : liveState;
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
