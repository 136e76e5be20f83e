package io.telesim.simulator.web.statement;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import io.telesim.billing.catalog.Catalog;
import io.telesim.engine.statement.KindFilter;
import io.telesim.engine.statement.Page;
import io.telesim.engine.statement.StatementRecord;
import io.telesim.engine.statement.StatementStore;
import io.telesim.simulator.web.OperatorServices;
import io.telesim.simulator.web.http.ApiError;

/**
 * Reads statements (F7) from the engine's statement store: pages, totals, every line for printing, CSV.
 * The store is read from any thread; these calls walk the log, so the routes run them off the event loop.
 * An operator that keeps nothing (an in-memory engine) has no store: every call is a 503 that says so.
 */
final class Statements {

    /** Records read at once while totalling a period. */
    private static final int WALK_PAGE = 1_000;

    private final OperatorServices services;

    Statements(OperatorServices services) {
        this.services = services;
    }

    boolean available() {
        return services.engine().statements() != null;
    }

    /** One page of the statement with the period's totals. */
    StatementView page(long msisdn, StatementQuery query) {
        StatementStore store = store();
        KindFilter filter = query.kind() == null ? KindFilter.ALL : query.kind().filter();
        Page page;
        try {
            page = store.query(msisdn, query.period().fromMillis(), query.period().toMillis(), filter, query.pageSize(), query.cursor());
        } catch (IllegalArgumentException e) {
            throw new ApiError(400, "bad_cursor", "cursor " + query.cursor() + " is not a position in this statement: start again from -1");
        }
        List<StatementLine> lines = new ArrayList<>(page.records().size());
        for (StatementRecord record : page.records()) {
            lines.add(StatementLine.of(record, catalog(), zone()));
        }
        return new StatementView(msisdn, query.period().from().toString(), query.period().to().toString(),
                query.kind() == null ? "all" : query.kind().apiName(), query.cursor(), page.hasMore() ? page.nextCursor() : null,
                List.copyOf(lines), totals(msisdn, query.period()));
    }

    /** The totals of every kind in {@code period}. */
    StatementTotals totals(long msisdn, StatementPeriod period) {
        StatementStore store = store();
        StatementTotals.Counter counter = new StatementTotals.Counter();
        long cursor = Page.FIRST;
        do {
            Page page = store.query(msisdn, period.fromMillis(), period.toMillis(), KindFilter.ALL, WALK_PAGE, cursor);
            page.records().forEach(counter::add);
            cursor = page.nextCursor();
        } while (cursor != Page.END);
        return counter.totals();
    }

    /** The newest {@code limit} lines of {@code kind} (null for all) in {@code period}, and whether there were more. */
    PrintableLines lines(long msisdn, StatementPeriod period, LineKind kind, int limit) {
        Page page = store().query(msisdn, period.fromMillis(), period.toMillis(), kind == null ? KindFilter.ALL : kind.filter(), limit,
                Page.FIRST);
        List<StatementLine> lines = new ArrayList<>(page.records().size());
        for (StatementRecord record : page.records()) {
            lines.add(StatementLine.of(record, catalog(), zone()));
        }
        return new PrintableLines(List.copyOf(lines), page.hasMore());
    }

    /** Lines for the printable statement; {@code more} when the period holds more than were read. */
    record PrintableLines(List<StatementLine> lines, boolean more) {
    }

    /** The whole period as CSV (the engine's format: a header line, then a line per record, newest first). */
    String csv(long msisdn, StatementPeriod period) {
        StringBuilder out = new StringBuilder(4096);
        try {
            store().exportCsv(msisdn, period.fromMillis(), period.toMillis(), zone(), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    ZoneOffset zone() {
        return catalog().calendar().zone();
    }

    private Catalog catalog() {
        return services.catalog();
    }

    private StatementStore store() {
        StatementStore store = services.engine().statements();
        if (store == null) {
            throw new ApiError(503, "statements_unavailable",
                    "this operator keeps no statements: it runs in memory; start it with a data directory");
        }
        return store;
    }
}
