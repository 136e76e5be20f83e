package io.telesim.simulator.web.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

/** A {@link KeyValueStore} that keeps everything in memory and forgets it at close. */
public final class MemoryKeyValueStore implements KeyValueStore {

    private final ConcurrentSkipListMap<String, byte[]> entries = new ConcurrentSkipListMap<>();

    @Override
    public byte[] get(String key) {
        byte[] value = entries.get(key);
        return value == null ? null : value.clone();
    }

    @Override
    public void put(String key, byte[] value) {
        entries.put(key, value.clone());
    }

    @Override
    public void delete(String key) {
        entries.remove(key);
    }

    @Override
    public List<Map.Entry<String, byte[]>> scan(String prefix, int limit) {
        List<Map.Entry<String, byte[]>> found = new ArrayList<>();
        for (Map.Entry<String, byte[]> entry : entries.tailMap(prefix, true).entrySet()) {
            if (!entry.getKey().startsWith(prefix) || found.size() == limit) {
                break;
            }
            found.add(Map.entry(entry.getKey(), entry.getValue().clone()));
        }
        return found;
    }

    @Override
    public void close() {
        entries.clear();
    }
}
