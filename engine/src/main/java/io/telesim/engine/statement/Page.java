package io.telesim.engine.statement;

import java.util.List;

/**
 * One page of a statement, newest first, and the cursor that continues it.
 *
 * @param records    at most the page size, newest first
 * @param nextCursor pass it to the next query for the following page; {@link #END} when there is none
 */
public record Page(List<StatementRecord> records, long nextCursor) {

    /** The cursor of a statement's first page. */
    public static final long FIRST = -1L;
    /** The cursor after a statement's last page. */
    public static final long END = -2L;

    public Page {
        records = List.copyOf(records);
    }

    public boolean hasMore() {
        return nextCursor != END;
    }
}
