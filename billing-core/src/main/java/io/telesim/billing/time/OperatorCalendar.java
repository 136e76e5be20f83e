package io.telesim.billing.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Days and billing months in the operator's time zone. Billing periods are calendar months;
 * fees and limits reset at local midnight. Time always comes in as epoch milliseconds from
 * the caller's clock: this class never reads one.
 */
public final class OperatorCalendar {

    public static final long MILLIS_PER_DAY = 86_400_000L;

    private final ZoneOffset zone;
    private final long offsetMillis;

    public OperatorCalendar(ZoneOffset zone) {
        this.zone = zone;
        this.offsetMillis = zone.getTotalSeconds() * 1000L;
    }

    public ZoneOffset zone() {
        return zone;
    }

    /** Days since 1970-01-01 in the operator's zone. Allocation-free. */
    public int dayIndex(long epochMillis) {
        return (int) Math.floorDiv(epochMillis + offsetMillis, MILLIS_PER_DAY);
    }

    /** The instant local midnight starts the given day. */
    public long startOfDay(int dayIndex) {
        return dayIndex * MILLIS_PER_DAY - offsetMillis;
    }

    /** The instant the billing month containing {@code epochMillis} ends (local midnight of the 1st of the next month). */
    public long endOfMonth(long epochMillis) {
        LocalDate first = date(epochMillis).withDayOfMonth(1).plusMonths(1);
        return startOfDay((int) first.toEpochDay());
    }

    /** Months since January 1970: equal for two instants of one billing month. */
    public int monthIndex(long epochMillis) {
        LocalDate d = date(epochMillis);
        return (d.getYear() - 1970) * 12 + d.getMonthValue() - 1;
    }

    public int daysInMonth(long epochMillis) {
        return date(epochMillis).lengthOfMonth();
    }

    /** Days left in the billing month, today included: 1 on its last day. */
    public int daysLeftInMonth(long epochMillis) {
        LocalDate d = date(epochMillis);
        return d.lengthOfMonth() - d.getDayOfMonth() + 1;
    }

    public LocalDate date(long epochMillis) {
        return LocalDate.ofEpochDay(dayIndex(epochMillis));
    }

    /** The instant as an ISO date-time in the operator's zone, for messages and statements. */
    public String format(long epochMillis) {
        return Instant.ofEpochMilli(epochMillis).atOffset(zone).toLocalDateTime().toString();
    }
}
