package io.telesim.engine.state;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A state file (a map file, its meta file or a checkpoint) cannot be used: it is corrupt, truncated,
 * written for another record layout, or held by another process. The message names the file and what is
 * wrong with it; opening stops rather than serving wrong balances.
 */
public final class StateFileException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;

    public StateFileException(Path file, String problem) {
        super(file + ": " + problem);
        this.file = file;
    }

    public StateFileException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
        this.file = file;
    }

    /** The file that cannot be used. */
    public Path file() {
        return file;
    }
}
