package io.telesim.simulator.web.statement;

import java.util.List;

/**
 * A page of a number's statement as the API answers it, newest first, with the totals of the whole
 * period (all kinds, whatever the filter).
 *
 * @param kind       the filter: all, calls, sms, data, ussd or money
 * @param cursor     this page's cursor (-1 for the first)
 * @param nextCursor the next page's cursor, or null when this is the last page
 */
public record StatementView(long number, String from, String to, String kind, long cursor, Long nextCursor,
                            List<StatementLine> lines, StatementTotals totals) {
}
