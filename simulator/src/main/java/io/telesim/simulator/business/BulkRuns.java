package io.telesim.simulator.business;

import java.util.Optional;

import io.telesim.simulator.web.store.JsonRecords;
import io.telesim.simulator.web.store.KeyValueStore;

/** The bulk runs by company and request id, so that a retried request answers from the first run. */
public final class BulkRuns {

    private final JsonRecords<BulkRun> runs;
    private final Counters counters;

    BulkRuns(KeyValueStore store, Counters counters) {
        this.runs = new JsonRecords<>(store, BusinessBook.PREFIX + "bulk/", BulkRun.class);
        this.counters = counters;
    }

    /**
     * The run of {@code requestId}: the one already recorded, or a new one with the next serial.
     *
     * @throws BusinessException when the request id was used for a different operation
     */
    public synchronized BulkRun begin(String companyId, String requestId, String fingerprint, long now) {
        Optional<BulkRun> existing = runs.get(companyId + "/" + requestId);
        if (existing.isPresent()) {
            if (!existing.get().fingerprint().equals(fingerprint)) {
                throw BusinessException.rule("request_id_reused", "request id '" + requestId + "' was used for another operation");
            }
            return existing.get();
        }
        BulkRun run = new BulkRun(companyId, requestId, counters.next("bulk"), fingerprint, now, null);
        runs.put(companyId + "/" + requestId, run);
        return run;
    }

    public synchronized void save(BulkRun run) {
        runs.put(run.companyId() + "/" + run.requestId(), run);
    }
}
