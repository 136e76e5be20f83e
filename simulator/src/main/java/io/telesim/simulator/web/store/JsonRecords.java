package io.telesim.simulator.web.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.telesim.simulator.web.http.Json;

/**
 * Records of one type in a {@link KeyValueStore} as JSON, under one key prefix ({@code "account/"},
 * {@code "payment/79001234567/"}, ...).
 */
public final class JsonRecords<T> {

    private final KeyValueStore store;
    private final String prefix;
    private final Class<T> type;

    public JsonRecords(KeyValueStore store, String prefix, Class<T> type) {
        this.store = store;
        this.prefix = prefix;
        this.type = type;
    }

    public Optional<T> get(String key) {
        byte[] value = store.get(prefix + key);
        return value == null ? Optional.empty() : Optional.of(read(value));
    }

    public void put(String key, T record) {
        try {
            store.put(prefix + key, Json.mapper().writeValueAsBytes(record));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void delete(String key) {
        store.delete(prefix + key);
    }

    /** The records whose keys start with {@code keyPrefix}, in key order, at most {@code limit}. */
    public List<T> list(String keyPrefix, int limit) {
        List<T> found = new ArrayList<>();
        for (Map.Entry<String, byte[]> entry : store.scan(prefix + keyPrefix, limit)) {
            found.add(read(entry.getValue()));
        }
        return found;
    }

    private T read(byte[] value) {
        try {
            return Json.mapper().readValue(value, type);
        } catch (IOException e) {
            throw new UncheckedIOException("a stored " + type.getSimpleName() + " cannot be read", e);
        }
    }
}
