package io.telesim.engine.state;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.agrona.collections.Long2LongHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import net.openhft.chronicle.map.ChronicleMap;

/**
 * Opens the files of a {@link FixedRecordStore} under its meta file's lock: checks that the map and meta
 * files belong together and hold the expected layout, makes a new map if there is none, frees the locks of
 * a dead owner, marks the store open and indexes its entries.
 */
final class StoreOpening {

    private static final Logger LOG = LoggerFactory.getLogger(StoreOpening.class);

    /** What an open store is made of; the caller owns all of it. */
    record Opened(StoreMetaFile metaFile, StoreMeta meta, ChronicleMap<Long, byte[]> map, Long2LongHashMap addresses,
                  boolean recovered) {
    }

    private StoreOpening() {
    }

    static Opened open(Path file, RecordLayout layout, long capacity) throws IOException {
        if (capacity <= 0) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        StoreMetaFile metaFile = StoreMetaFile.lock(file);
        try {
            return openLocked(file, layout, capacity, metaFile);
        } catch (IOException | RuntimeException e) {
            try {
                metaFile.close();
            } catch (IOException | RuntimeException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    private static Opened openLocked(Path file, RecordLayout layout, long capacity, StoreMetaFile metaFile) throws IOException {
        StoreMeta meta = metaFile.read();
        boolean mapExists = Files.exists(file);
        if (meta == null && mapExists) {
            throw new StateFileException(file, "has no meta file " + metaFile.path() + ": it was not made by this store, or its"
                    + " meta file was lost");
        }
        if (meta == null || meta.state() == StoreState.CREATING) {
            meta = NewMapFile.create(file, layout, capacity, metaFile);
        } else if (!mapExists) {
            throw new StateFileException(file, "is missing, but " + metaFile.path() + " says it holds " + meta.layout()
                    + " records; restore it from a checkpoint");
        }
        if (!meta.layout().equals(layout)) {
            throw new StateFileException(file, "holds " + meta.layout() + " records, expected " + layout);
        }
        if (capacity > meta.capacity()) {
            throw new StateFileException(file, "was sized for " + meta.capacity() + " records, " + capacity
                    + " were asked for: a map file cannot grow");
        }
        boolean recover = meta.state() == StoreState.OPEN;
        if (recover) {
            LOG.warn("{}: its last owner did not close it; freeing the map's locks before use", file);
        }
        ChronicleMap<Long, byte[]> map = ChronicleMapFiles.open(file, meta, recover);
        StoreMeta open = meta.withState(StoreState.OPEN);
        try {
            // Marked open before the first segment lock is taken: from here on a crash means "recover next time".
            metaFile.write(open);
            Long2LongHashMap addresses = AddressIndex.build(map, layout, open.capacity(), file);
            return new Opened(metaFile, open, map, addresses, recover);
        } catch (IOException | RuntimeException e) {
            map.close();
            throw e;
        }
    }
}
