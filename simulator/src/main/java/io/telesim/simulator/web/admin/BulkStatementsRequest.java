package io.telesim.simulator.web.admin;

import java.util.List;

/**
 * The body of {@code POST /admin/statements/bulk}.
 *
 * @param numbers up to {@link #MAX} subscribers' numbers as 11-digit integers
 * @param after   for each number, the statement position after which to give its rows (-1: every row); absent: no
 *                rows, only each number's account and statement head (a snapshot to compare against later)
 */
public record BulkStatementsRequest(List<Long> numbers, List<Long> after) {

    static final int MAX = 1_000;
}
