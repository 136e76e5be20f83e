package io.telesim.simulator.web.store;

import java.util.List;
import java.util.Map;

/**
 * The web side's own small state (web accounts, card payments, the e-mail outbox, requests), as ordered
 * string keys with byte values: in RocksDB under the data directory, or in memory for an operator that
 * keeps nothing. Thread-safe; every write is durable once it returns (RocksDB's write-ahead log, synced).
 */
public interface KeyValueStore extends AutoCloseable {

    byte[] get(String key);

    void put(String key, byte[] value);

    void delete(String key);

    /** The entries whose keys start with {@code prefix}, in key order, at most {@code limit} of them. */
    List<Map.Entry<String, byte[]>> scan(String prefix, int limit);

    @Override
    void close();
}
