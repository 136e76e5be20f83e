package io.telesim.simulator.offline;

import java.util.List;
import java.util.Map;

import io.telesim.billing.catalog.Catalog;

/**
 * What an offline run produced: every number's statement and final state, in the order of the
 * subscribers file.
 *
 * @param from       when the subscribers were provisioned (the earliest event), epoch milliseconds
 * @param to         the time the run was closed at (the latest event)
 * @param statements each number's statement lines, oldest first
 */
public record RatingResult(Catalog catalog, long from, long to, int events, List<AccountSnapshot> accounts,
                           Map<Long, List<StatementLine>> statements) {

    public List<StatementLine> statement(long msisdn) {
        return statements.getOrDefault(msisdn, List.of());
    }
}
