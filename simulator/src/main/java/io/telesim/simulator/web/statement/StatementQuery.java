package io.telesim.simulator.web.statement;

import java.time.LocalDate;
import java.time.ZoneOffset;

import io.telesim.engine.statement.Page;
import io.telesim.simulator.web.http.ApiError;
import io.vertx.core.MultiMap;

/**
 * What a statement request asks for: the period, the kind (null for all), the page size and the cursor of
 * the page ({@link Page#FIRST} for the first). Read from the query string: {@code from}, {@code to},
 * {@code kind}, {@code pageSize}, {@code cursor}; anything wrong is a 400 with a code saying what.
 */
public record StatementQuery(StatementPeriod period, LineKind kind, int pageSize, long cursor) {

    public static final int DEFAULT_PAGE_SIZE = 50;
    public static final int MAX_PAGE_SIZE = 500;

    public static StatementQuery of(MultiMap params, LocalDate today, ZoneOffset zone) {
        StatementPeriod period = StatementPeriod.parse(params.get("from"), params.get("to"), today, zone);
        LineKind kind;
        try {
            kind = LineKind.parse(params.get("kind"));
        } catch (IllegalArgumentException e) {
            throw new ApiError(400, "bad_kind", e.getMessage());
        }
        int pageSize = (int) number(params.get("pageSize"), DEFAULT_PAGE_SIZE, "bad_page_size", "pageSize");
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new ApiError(400, "bad_page_size", "pageSize must be 1 to " + MAX_PAGE_SIZE + ", not " + pageSize);
        }
        return new StatementQuery(period, kind, pageSize, cursor(params.get("cursor")));
    }

    /** A cursor as the API gives it: a position from {@code nextCursor}, or -1 (or nothing) for the first page. */
    public static long cursor(String text) {
        long cursor = number(text, Page.FIRST, "bad_cursor", "cursor");
        if (cursor < Page.FIRST) {
            throw new ApiError(400, "bad_cursor", "cursor must be a nextCursor of this statement, or -1 for the first page");
        }
        return cursor;
    }

    public StatementQuery withCursor(long newCursor) {
        return new StatementQuery(period, kind, pageSize, newCursor);
    }

    private static long number(String text, long absent, String code, String name) {
        if (text == null || text.isBlank()) {
            return absent;
        }
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new ApiError(400, code, name + " must be a whole number, not '" + text.strip() + "'");
        }
    }
}
