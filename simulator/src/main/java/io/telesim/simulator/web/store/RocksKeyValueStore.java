package io.telesim.simulator.web.store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.rocksdb.Options;
import org.rocksdb.RocksDB;
import org.rocksdb.RocksDBException;
import org.rocksdb.RocksIterator;
import org.rocksdb.WriteOptions;

/** A {@link KeyValueStore} in a RocksDB directory; every write is synced before it returns. */
public final class RocksKeyValueStore implements KeyValueStore {

    static {
        RocksDB.loadLibrary();
    }

    private final Options options;
    private final WriteOptions syncWrites;
    private final RocksDB db;

    private RocksKeyValueStore(Options options, WriteOptions syncWrites, RocksDB db) {
        this.options = options;
        this.syncWrites = syncWrites;
        this.db = db;
    }

    /** Opens (or creates) the store in {@code directory}. */
    public static RocksKeyValueStore open(Path directory) throws java.io.IOException {
        Files.createDirectories(directory);
        Options options = new Options().setCreateIfMissing(true).setKeepLogFileNum(2);
        WriteOptions syncWrites = new WriteOptions().setSync(true);
        try {
            return new RocksKeyValueStore(options, syncWrites, RocksDB.open(options, directory.toString()));
        } catch (RocksDBException e) {
            syncWrites.close();
            options.close();
            throw new java.io.IOException("cannot open the web store in " + directory + ": " + e.getMessage(), e);
        }
    }

    @Override
    public byte[] get(String key) {
        try {
            return db.get(bytes(key));
        } catch (RocksDBException e) {
            throw new IllegalStateException("web store read failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void put(String key, byte[] value) {
        try {
            db.put(syncWrites, bytes(key), value);
        } catch (RocksDBException e) {
            throw new IllegalStateException("web store write failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void delete(String key) {
        try {
            db.delete(syncWrites, bytes(key));
        } catch (RocksDBException e) {
            throw new IllegalStateException("web store delete failed: " + e.getMessage(), e);
        }
    }

    @Override
    public List<Map.Entry<String, byte[]>> scan(String prefix, int limit) {
        List<Map.Entry<String, byte[]>> found = new ArrayList<>();
        try (RocksIterator it = db.newIterator()) {
            for (it.seek(bytes(prefix)); it.isValid() && found.size() < limit; it.next()) {
                String key = new String(it.key(), StandardCharsets.UTF_8);
                if (!key.startsWith(prefix)) {
                    break;
                }
                found.add(Map.entry(key, it.value()));
            }
        }
        return found;
    }

    @Override
    public void close() {
        db.close();
        syncWrites.close();
        options.close();
    }

    private static byte[] bytes(String key) {
        return key.getBytes(StandardCharsets.UTF_8);
    }
}
