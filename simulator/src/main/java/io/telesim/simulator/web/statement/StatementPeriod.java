package io.telesim.simulator.web.statement;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

import io.telesim.simulator.web.http.ApiError;

/**
 * The days a statement covers, both included, in the operator's time zone: at most {@link #MAX_DAYS} of
 * them, {@code from} not after {@code to}. As instants, {@code [fromMillis, toMillis)} runs from the first
 * day's midnight to the midnight after the last day.
 */
public record StatementPeriod(LocalDate from, LocalDate to, long fromMillis, long toMillis) {

    /** A statement covers at most a year (a leap year's days). */
    public static final int MAX_DAYS = 366;

    /**
     * The period of {@code from} and {@code to} as given ({@code 2026-05-01}): without {@code to} it ends
     * {@code today}, without {@code from} it starts on the first of {@code to}'s month. Bad dates, a
     * {@code from} after {@code to} and a period over {@link #MAX_DAYS} days are 400s with codes
     * {@code bad_date}, {@code period_order} and {@code period_too_long}.
     */
    public static StatementPeriod parse(String from, String to, LocalDate today, ZoneOffset zone) {
        LocalDate last = isBlank(to) ? today : date("to", to);
        LocalDate first = isBlank(from) ? last.withDayOfMonth(1) : date("from", from);
        if (first.isAfter(last)) {
            throw new ApiError(400, "period_order", "'from' (" + first + ") must not be after 'to' (" + last + ")");
        }
        long days = ChronoUnit.DAYS.between(first, last) + 1;
        if (days > MAX_DAYS) {
            throw new ApiError(400, "period_too_long", "a statement covers at most " + MAX_DAYS + " days; "
                    + first + " to " + last + " is " + days);
        }
        return new StatementPeriod(first, last, first.atStartOfDay().toInstant(zone).toEpochMilli(),
                last.plusDays(1).atStartOfDay().toInstant(zone).toEpochMilli());
    }

    /** The statement's file name: {@code statement-NUMBER-FROM-TO.csv}. */
    public String fileName(long msisdn) {
        return "statement-" + msisdn + "-" + from + "-" + to + ".csv";
    }

    private static LocalDate date(String name, String text) {
        try {
            LocalDate date = LocalDate.parse(text.strip());
            if (date.getYear() < 1970 || date.getYear() > 9999) {
                throw new ApiError(400, "bad_date", "'" + name + "' must be a date from 1970, not " + text.strip());
            }
            return date;
        } catch (DateTimeParseException e) {
            throw new ApiError(400, "bad_date", "'" + name + "' must be a date like 2026-05-01, not '" + text.strip() + "'");
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
