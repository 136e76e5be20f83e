package io.telesim.simulator.offline;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;

/** Parses event times: ISO-8601 with an offset, or without one in the operator's zone. */
public final class EventTime {

    private EventTime() {
    }

    /**
     * {@code 2025-03-01T09:30:00+03:00}, {@code 2025-03-01T06:30:00Z} or {@code 2025-03-01T09:30} (in {@code zone}).
     *
     * @return epoch milliseconds
     * @throws IllegalArgumentException saying what is expected
     */
    public static long parse(String text, ZoneOffset zone) {
        try {
            TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(text, ZonedDateTime::from, LocalDateTime::from);
            ZonedDateTime time = parsed instanceof ZonedDateTime zoned ? zoned : ((LocalDateTime) parsed).atZone(zone);
            return time.toInstant().toEpochMilli();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not an ISO-8601 time like 2025-03-01T09:30:00 or 2025-03-01T09:30:00+03:00");
        }
    }
}
