package io.telesim.simulator.web.numbers;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Business days in the operator's time zone: Monday to Friday (public holidays are not modelled). A number
 * of business days after an instant is that much working time later: a request made on a Thursday at noon
 * is two business days old on Monday at noon, one made on a Saturday on Wednesday at midnight.
 */
public final class BusinessDays {

    private BusinessDays() {
    }

    /** The instant {@code days} business days of working time after {@code epochMillis}. */
    public static long after(long epochMillis, int days, ZoneOffset zone) {
        if (days < 0) {
            throw new IllegalArgumentException("business days cannot be negative: " + days);
        }
        LocalDateTime time = LocalDateTime.ofInstant(Instant.ofEpochMilli(epochMillis), zone);
        if (isWeekend(time.getDayOfWeek())) {
            time = time.toLocalDate().atStartOfDay();
            while (isWeekend(time.getDayOfWeek())) {
                time = time.plusDays(1);
            }
        }
        for (int i = 0; i < days; i++) {
            time = time.plusDays(1);
            while (isWeekend(time.getDayOfWeek())) {
                time = time.plusDays(1);
            }
        }
        return time.toInstant(zone).toEpochMilli();
    }

    public static boolean isWeekend(DayOfWeek day) {
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }
}
