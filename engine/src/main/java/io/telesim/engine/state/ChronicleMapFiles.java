package io.telesim.engine.state;

import java.io.IOException;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import net.openhft.chronicle.hash.serialization.SizeMarshaller;
import net.openhft.chronicle.map.ChronicleMap;
import net.openhft.chronicle.map.ChronicleMapBuilder;
import net.openhft.chronicle.map.VanillaChronicleMap;

/**
 * Makes, opens and recovers the Chronicle Map files behind a {@link FixedRecordStore}, and turns whatever
 * Chronicle throws about a bad file into a {@link StateFileException} that names it.
 */
final class ChronicleMapFiles {

    private static final Logger LOG = LoggerFactory.getLogger(ChronicleMapFiles.class);

    private ChronicleMapFiles() {
    }

    static ChronicleMap<Long, byte[]> create(Path file, RecordLayout layout, long capacity) throws IOException {
        try {
            return builder(layout, capacity).createPersistedTo(file.toFile());
        } catch (RuntimeException e) {
            throw new StateFileException(file, "cannot create a map for " + capacity + " " + layout + " records: " + e.getMessage(), e);
        }
    }

    /**
     * Opens an existing map file. It is always opened plainly first, so that Chronicle checks the header's
     * checksum and the file's length (its recovery skips the length check and would pad a truncated file
     * with zeroes, silently losing records). With {@code recover} it is then reopened through Chronicle's
     * recovery, which frees the segment locks a dead process held and recounts the entries; recovery reads
     * its configuration from the file and never rewrites a header from ours.
     */
    static ChronicleMap<Long, byte[]> open(Path file, StoreMeta meta, boolean recover) throws IOException {
        MapFileCheck.checkHeader(file);
        ChronicleMapBuilder<Long, byte[]> builder = builder(meta.layout(), meta.capacity());
        ChronicleMap<Long, byte[]> map;
        try {
            map = builder.createPersistedTo(file.toFile());
            if (recover) {
                map.close();
                map = builder.recoverPersistedTo(file.toFile(), false, corruption -> LOG.warn("{}: recovery repaired: {} (segment {})",
                        file, corruption.message(), corruption.segmentIndex()));
            }
        } catch (IOException | RuntimeException e) {
            throw new StateFileException(file, "Chronicle Map cannot open it: " + e.getMessage(), e);
        }
        try {
            checkValues(map, meta.layout(), file);
        } catch (StateFileException e) {
            map.close();
            throw e;
        }
        return map;
    }

    private static ChronicleMapBuilder<Long, byte[]> builder(RecordLayout layout, long capacity) {
        return ChronicleMapBuilder.of(Long.class, byte[].class)
                .name(layout.name())
                .entries(capacity)
                .constantValueSizeBySample(new byte[layout.length()])
                // Values change in place behind Chronicle's back; stored entry checksums would go stale and a
                // recovery would then delete every entry ever updated.
                .checksumEntries(false)
                // The store closes the map itself: a shutdown hook unmapping it under a running writer would crash.
                .skipCloseOnExitHook(true);
    }

    /** The map's own header decides its value size; make sure it is the layout's. */
    private static void checkValues(ChronicleMap<Long, byte[]> map, RecordLayout layout, Path file) throws StateFileException {
        if (map.keyClass() != Long.class || map.valueClass() != byte[].class) {
            throw new StateFileException(file, "maps " + map.keyClass().getName() + " to " + map.valueClass().getName()
                    + ", expected long keys and " + layout + " values");
        }
        SizeMarshaller sizes = ((VanillaChronicleMap<?, ?, ?>) map).valueSizeMarshaller;
        if (sizes.minStorableSize() != layout.length() || sizes.maxStorableSize() != layout.length()) {
            throw new StateFileException(file, "holds values of " + sizes.minStorableSize() + ".." + sizes.maxStorableSize()
                    + " bytes, expected exactly " + layout.length() + " for " + layout);
        }
    }
}
