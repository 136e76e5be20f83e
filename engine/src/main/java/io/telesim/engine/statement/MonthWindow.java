package io.telesim.engine.statement;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Calendar months in UTC, counted from January 1970: the granularity at which a number's chain can jump.
 * UTC rather than the operator's zone so that the months written into the log never depend on a setting
 * that could change between runs; a query for a month in another zone just starts or stops a few hours
 * into the neighbouring month. The writer keeps the current month's bounds so that the hot path maps a
 * time to its month with two comparisons; only a record in another month pays for {@code java.time}.
 */
final class MonthWindow {

    /** The latest month a record may fall in: the chain month is stored in a {@code short}. */
    static final int MAX_MONTH = Short.MAX_VALUE;
    /** The first instant after the last month a record may fall in. */
    static final long END_OF_TIME = startOf(MAX_MONTH + 1);

    private long start = 1;
    private long end = 0;
    private int month;

    /** The month of {@code epochMillis}; allocation-free while times stay in one month. */
    int monthOf(long epochMillis) {
        if (epochMillis < start || epochMillis >= end) {
            month = index(epochMillis);
            start = startOf(month);
            end = startOf(month + 1);
        }
        return month;
    }

    /** Months since January 1970 of {@code epochMillis}. */
    static int index(long epochMillis) {
        LocalDate date = Instant.ofEpochMilli(epochMillis).atOffset(ZoneOffset.UTC).toLocalDate();
        return (date.getYear() - 1970) * 12 + date.getMonthValue() - 1;
    }

    /** The first instant of a month. */
    static long startOf(int month) {
        LocalDate first = LocalDate.of(1970 + Math.floorDiv(month, 12), Math.floorMod(month, 12) + 1, 1);
        return first.toEpochDay() * 86_400_000L;
    }

    /** True when the store can keep a record of this time: from 1970 until its months run out. */
    static boolean isStorable(long epochMillis) {
        return epochMillis >= 0 && epochMillis < END_OF_TIME;
    }
}
