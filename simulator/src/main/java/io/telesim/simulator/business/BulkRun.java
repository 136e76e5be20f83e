package io.telesim.simulator.business;

import java.util.List;

/**
 * One bulk operation under the client's request id: its {@code serial} makes the engine command ids of its
 * numbers (the same on a retry, so the engine applies each once), {@code fingerprint} what was asked (a retry
 * must ask the same), and {@code results} once it ran to the end (null before).
 */
public record BulkRun(String companyId, String requestId, long serial, String fingerprint, long startedAt, List<OperationResult> results) {

    public BulkRun finished(List<OperationResult> all) {
        return new BulkRun(companyId, requestId, serial, fingerprint, startedAt, List.copyOf(all));
    }
}
