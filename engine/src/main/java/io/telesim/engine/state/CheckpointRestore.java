package io.telesim.engine.state;

import static java.nio.file.StandardCopyOption.ATOMIC_MOVE;
import static java.nio.file.StandardCopyOption.REPLACE_EXISTING;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts a checkpoint back as a store's live map file: verified and copied under a scratch name, then renamed
 * over the live file, with the meta file saying "open" until the rename is durable, so that a crash midway
 * makes the next start restore again rather than trust a half-replaced store.
 */
final class CheckpointRestore {

    private static final Logger LOG = LoggerFactory.getLogger(CheckpointRestore.class);

    private CheckpointRestore() {
    }

    static Checkpoint restore(Path snapshotFile, Path liveFile, RecordLayout layout) throws IOException {
        try (StoreMetaFile metaFile = StoreMetaFile.lock(liveFile)) {
            Path scratch = liveFile.resolveSibling(liveFile.getFileName() + ".restoring");
            Checkpoint checkpoint = SnapshotFile.copyOut(snapshotFile, layout, scratch);
            StoreMeta restored = new StoreMeta(layout, checkpoint.capacity(), StoreState.OPEN);
            metaFile.write(restored);
            Files.move(scratch, liveFile, ATOMIC_MOVE, REPLACE_EXISTING);
            FileIo.syncDirectory(liveFile.toAbsolutePath().getParent());
            metaFile.write(restored.withState(StoreState.CLEAN));
            LOG.info("{}: restored from {} (applied position {})", liveFile, snapshotFile, checkpoint.appliedPosition());
            return checkpoint;
        }
    }
}
