package io.telesim.engine.statement;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Tells how the store was last closed, so opening knows how far it can trust the heads file. The
 * marker exists while the store is open and holds the kernel's boot id: found on open with the same
 * boot id, the process died but the page cache (heads and log alike) survived, and replaying the log
 * tail repairs the heads; found with another boot id (or none readable), the machine went down and
 * the heads file may hold pages the log lost, so the heads are rebuilt from the whole log.
 */
final class ShutdownMarker {

    /** How the store was last closed. */
    enum LastStop { CLEAN, PROCESS_DIED, MACHINE_RESTARTED }

    private static final Path BOOT_ID = Path.of("/proc/sys/kernel/random/boot_id");

    private final Path file;

    ShutdownMarker(Path file) {
        this.file = file;
    }

    LastStop lastStop() {
        if (!Files.exists(file)) {
            return LastStop.CLEAN;
        }
        String bootId = bootId();
        return !bootId.isEmpty() && bootId.equals(read(file)) ? LastStop.PROCESS_DIED : LastStop.MACHINE_RESTARTED;
    }

    void markOpen() {
        try {
            Files.writeString(file, bootId(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    void markClosed() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + file, e);
        }
    }

    private static String bootId() {
        return Files.isReadable(BOOT_ID) ? read(BOOT_ID) : "";
    }

    private static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.US_ASCII).strip();
        } catch (IOException e) {
            return "";
        }
    }
}
