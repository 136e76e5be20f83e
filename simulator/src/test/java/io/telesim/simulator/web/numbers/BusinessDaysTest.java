package io.telesim.simulator.web.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** Two business days after a moment, as the operator counts them in Moscow. */
class BusinessDaysTest {

    private static final ZoneOffset MOSCOW = ZoneOffset.ofHours(3);

    @Test
    void aThursdayRequestIsDueOnMondayAtTheSameTime() {
        assertEquals(at("2026-05-18T12:00"), BusinessDays.after(at("2026-05-14T12:00"), 2, MOSCOW));
    }

    @Test
    void aTuesdayRequestIsDueOnThursday() {
        assertEquals(at("2026-05-14T09:30"), BusinessDays.after(at("2026-05-12T09:30"), 2, MOSCOW));
    }

    @Test
    void aWeekendRequestStartsCountingOnMondayMorning() {
        assertEquals(at("2026-05-20T00:00"), BusinessDays.after(at("2026-05-16T15:00"), 2, MOSCOW));
        assertEquals(at("2026-05-20T00:00"), BusinessDays.after(at("2026-05-17T23:59"), 2, MOSCOW));
    }

    private static long at(String localMoscowTime) {
        return OffsetDateTime.parse(localMoscowTime + ":00+03:00").toInstant().toEpochMilli();
    }
}
