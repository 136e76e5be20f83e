package io.telesim.engine.state;

import java.nio.file.Path;

import org.agrona.collections.Long2LongHashMap;

import net.openhft.chronicle.hash.Data;
import net.openhft.chronicle.map.ChronicleMap;

/**
 * Builds the key to native address index of a map by visiting every entry once. A value's address stays put
 * while its entry exists (values are constant-sized, so Chronicle never relocates them, and the file stays
 * mapped until the map closes), which is what lets the hot path skip Chronicle's query contexts.
 */
final class AddressIndex {

    static final long MISSING = 0;
    private static final float LOAD_FACTOR = 0.65f;

    private AddressIndex() {
    }

    /** An empty index sized so that {@code capacity} keys never make it rehash on the hot path. */
    static Long2LongHashMap sizedFor(long capacity) {
        int slots = Math.toIntExact((long) Math.ceil(capacity / (double) LOAD_FACTOR) + 1);
        return new Long2LongHashMap(slots, LOAD_FACTOR, MISSING, true);
    }

    static Long2LongHashMap build(ChronicleMap<Long, byte[]> map, RecordLayout layout, long capacity, Path file)
            throws StateFileException {
        Long2LongHashMap index = sizedFor(capacity);
        String[] problem = new String[1];
        map.forEachEntryWhile(entry -> {
            Data<Long> key = entry.key();
            Data<byte[]> value = entry.value();
            if (key.size() != Long.BYTES || value.size() != layout.length()) {
                problem[0] = "an entry has a " + key.size() + "-byte key and a " + value.size() + "-byte value, expected 8 and "
                        + layout.length();
                return false;
            }
            long k = key.bytes().readLong(key.offset());
            if (index.put(k, value.bytes().addressForRead(value.offset())) != MISSING) {
                problem[0] = "key " + k + " is stored twice";
                return false;
            }
            return true;
        });
        if (problem[0] != null) {
            throw new StateFileException(file, problem[0]);
        }
        if (index.size() != map.longSize()) {
            throw new StateFileException(file, "the map counts " + map.longSize() + " entries but " + index.size() + " were found");
        }
        return index;
    }
}
