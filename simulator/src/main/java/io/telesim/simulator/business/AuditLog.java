package io.telesim.simulator.business;

import java.util.ArrayList;
import java.util.List;

import io.telesim.simulator.web.http.Json;
import io.telesim.simulator.web.store.JsonRecords;
import io.telesim.simulator.web.store.KeyValueStore;

/**
 * Each company's audit log, append only: entries numbered from 1, kept in buckets of {@value #BUCKET} so a page
 * of the newest entries before any point reads one or two buckets, never the whole log.
 */
public final class AuditLog {

    /** The actor of changes made through the admin API. */
    public static final String OPERATOR = "operator";
    private static final int BUCKET = 1_000;

    private final JsonRecords<AuditEntry> entries;
    private final Counters counters;

    AuditLog(KeyValueStore store, Counters counters) {
        this.entries = new JsonRecords<>(store, BusinessBook.PREFIX + "audit/", AuditEntry.class);
        this.counters = counters;
    }

    /** Appends a change; {@code before} and {@code after} are turned into JSON (either may be null). */
    public AuditEntry append(String companyId, long time, String actor, String action, String target, Object before, Object after) {
        synchronized (this) {
            long seq = counters.next("audit/" + companyId);
            AuditEntry entry = new AuditEntry(seq, time, actor, action, target, before == null ? null : Json.tree(before),
                    after == null ? null : Json.tree(after));
            entries.put(key(companyId, seq), entry);
            return entry;
        }
    }

    /** At most {@code limit} entries numbered below {@code before} (0: from the newest), newest first. */
    public List<AuditEntry> page(String companyId, long before, int limit) {
        List<AuditEntry> page = new ArrayList<>();
        long below = before <= 0 ? Long.MAX_VALUE : before;
        long last = Math.min(below - 1, newest(companyId));
        for (long bucket = last / BUCKET; bucket >= 0 && page.size() < limit; bucket--) {
            List<AuditEntry> inBucket = entries.list(companyId + "/" + bucketKey(bucket) + "/", BUCKET);
            for (int i = inBucket.size() - 1; i >= 0 && page.size() < limit; i--) {
                if (inBucket.get(i).seq() < below) {
                    page.add(inBucket.get(i));
                }
            }
        }
        return page;
    }

    private long newest(String companyId) {
        return counters.peek("audit/" + companyId);
    }

    private static String key(String companyId, long seq) {
        return companyId + "/" + bucketKey(seq / BUCKET) + "/" + String.format("%019d", seq);
    }

    private static String bucketKey(long bucket) {
        return String.format("%013d", bucket);
    }
}
