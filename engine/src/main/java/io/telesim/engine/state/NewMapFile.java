package io.telesim.engine.state;

import static java.nio.file.StandardCopyOption.ATOMIC_MOVE;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Makes a new, empty map file. Chronicle writes a new file in place, so a process dying half-way would leave
 * a file whose header never completes; here the map is made under a scratch name and renamed into place,
 * and the meta file says {@link StoreState#CREATING} until then, so a leftover is known to be empty and is
 * simply made again.
 */
final class NewMapFile {

    private NewMapFile() {
    }

    /** Creates the map for {@code capacity} records and returns the meta it now has (closed cleanly). */
    static StoreMeta create(Path file, RecordLayout layout, long capacity, StoreMetaFile metaFile) throws IOException {
        StoreMeta creating = new StoreMeta(layout, capacity, StoreState.CREATING);
        metaFile.write(creating);
        Path scratch = file.resolveSibling(file.getFileName() + ".creating");
        Files.deleteIfExists(scratch);
        // Only reached when no map file exists or the meta says it was never finished: nothing in it to keep.
        Files.deleteIfExists(file);
        ChronicleMapFiles.create(scratch, layout, capacity).close();
        Files.move(scratch, file, ATOMIC_MOVE);
        FileIo.syncDirectory(file.toAbsolutePath().getParent());
        StoreMeta created = creating.withState(StoreState.CLEAN);
        metaFile.write(created);
        return created;
    }
}
