package io.telesim.simulator.web.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import io.telesim.simulator.web.http.ApiError;

/** A statement's period: whole days in the operator's zone, at most a year, start before end. */
class StatementPeriodTest {

    private static final ZoneOffset MOSCOW = ZoneOffset.ofHours(3);
    private static final LocalDate TODAY = LocalDate.of(2026, 5, 14);

    @Test
    void coversWholeDaysFromMidnightToMidnightInTheOperatorsZone() {
        StatementPeriod period = StatementPeriod.parse("2026-05-01", "2026-05-14", TODAY, MOSCOW);
        assertEquals(OffsetDateTime.parse("2026-05-01T00:00:00+03:00").toInstant().toEpochMilli(), period.fromMillis());
        assertEquals(OffsetDateTime.parse("2026-05-15T00:00:00+03:00").toInstant().toEpochMilli(), period.toMillis());
        assertEquals("statement-79161000001-2026-05-01-2026-05-14.csv", period.fileName(79_161_000_001L));
    }

    @Test
    void withoutDatesItRunsFromTheFirstOfTheMonthToToday() {
        StatementPeriod period = StatementPeriod.parse(null, " ", TODAY, MOSCOW);
        assertEquals(LocalDate.of(2026, 5, 1), period.from());
        assertEquals(TODAY, period.to());
        assertEquals(LocalDate.of(2026, 2, 1), StatementPeriod.parse(null, "2026-02-20", TODAY, MOSCOW).from());
    }

    @Test
    void refusesBadDatesAReversedPeriodAndMoreThanAYear() {
        assertEquals("bad_date", code("2026-02-30", "2026-05-14"));
        assertEquals("bad_date", code("14.05.2026", "2026-05-14"));
        assertEquals("bad_date", code("1969-12-31", "1970-01-01"));
        assertEquals("period_order", code("2026-05-15", "2026-05-14"));
        assertEquals("period_too_long", code("2024-01-01", "2025-01-01"));
        assertEquals(366, StatementPeriod.parse("2024-01-01", "2024-12-31", TODAY, MOSCOW).to().getDayOfYear());
    }

    private static String code(String from, String to) {
        ApiError error = assertThrows(ApiError.class, () -> StatementPeriod.parse(from, to, TODAY, MOSCOW));
        assertEquals(400, error.status());
        return error.code();
    }
}
