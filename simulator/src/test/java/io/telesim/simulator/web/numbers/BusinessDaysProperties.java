package io.telesim.simulator.web.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** Business days are working time: the weekend between does not count, and the end is never on a weekend. */
class BusinessDaysProperties {

    private static final ZoneOffset MOSCOW = ZoneOffset.ofHours(3);
    private static final long MINUTE = 60_000L;

    @Property(tries = 300)
    void nBusinessDaysAreExactlyNTimes24HoursOfWeekdayTime(@ForAll @LongRange(min = 1_700_000_000_000L, max = 1_900_000_000_000L) long start,
                                                          @ForAll @IntRange(min = 0, max = 12) int days) {
        long from = start / MINUTE * MINUTE;
        long due = BusinessDays.after(from, days, MOSCOW);

        assertEquals(days * 24 * 60L, weekdayMinutes(from, due));
        assertFalse(days > 0 && BusinessDays.isWeekend(LocalDateTime.ofInstant(Instant.ofEpochMilli(due), MOSCOW).getDayOfWeek()),
                "never due on a weekend");
    }

    @Property(tries = 100)
    void moreDaysNeverEndSooner(@ForAll @LongRange(min = 1_700_000_000_000L, max = 1_900_000_000_000L) long start,
                                @ForAll @IntRange(min = 0, max = 10) int days) {
        assertTrue(BusinessDays.after(start, days + 1, MOSCOW) > BusinessDays.after(start, days, MOSCOW));
    }

    /** Counts the minutes from {@code from} to {@code to} that fall on Monday to Friday in Moscow. */
    private static long weekdayMinutes(long from, long to) {
        long minutes = 0;
        for (long t = from; t < to; t += MINUTE) {
            if (!BusinessDays.isWeekend(LocalDateTime.ofInstant(Instant.ofEpochMilli(t), MOSCOW).getDayOfWeek())) {
                minutes++;
            }
        }
        return minutes;
    }
}
