package io.telesim.billing;

import java.time.LocalDateTime;

import io.telesim.billing.time.OperatorCalendar;

/** Instants in the operator's zone (Europe/Moscow, a fixed +03:00), as the tests write them. */
public final class TestTimes {

    public static final long SECOND = 1_000L;
    public static final long MINUTE = 60 * SECOND;
    public static final long HOUR = 60 * MINUTE;
    public static final long DAY = OperatorCalendar.MILLIS_PER_DAY;

    /** A Monday in the middle of a 31-day month: 22 days of March are left, today included. */
    public static final long MID_MARCH = at("2025-03-10T12:00");

    private TestTimes() {
    }

    /** Epoch milliseconds of a Moscow local date-time such as {@code 2025-03-10T12:00}. */
    public static long at(String moscowDateTime) {
        return LocalDateTime.parse(moscowDateTime).toInstant(TestCatalogs.MOSCOW).toEpochMilli();
    }
}
