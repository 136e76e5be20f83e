package io.telesim.simulator.web.admin;

import java.util.List;

/**
 * A page of a number's statement, newest first.
 *
 * @param from       the period's start, epoch milliseconds (inclusive)
 * @param to         the period's end, epoch milliseconds (exclusive)
 * @param nextCursor pass it as {@code cursor} for the next page; null after the last page
 */
public record StatementSlice(long number, long from, long to, List<StatementRow> rows, Long nextCursor) {
}
