package io.telesim.simulator.web.page;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import io.telesim.billing.money.Money;

/**
 * Values as the pages show them: money in roubles, bundles in minutes and megabytes, dates and times in
 * the operator's time zone (set once when the web server starts, from the catalog's calendar).
 */
public final class Format {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    private static volatile ZoneOffset zone = ZoneOffset.ofHours(3);

    private Format() {
    }

    public static void zone(ZoneOffset operatorZone) {
        zone = operatorZone;
    }

    public static String money(long kopecks) {
        return Money.format(kopecks);
    }

    public static String minutes(long seconds) {
        return seconds / 60 + " min" + (seconds % 60 == 0 ? "" : " " + seconds % 60 + " s");
    }

    public static String megabytes(long bytes) {
        long mb = bytes / (1024 * 1024);
        return mb >= 1024 ? String.format("%.1f GB", bytes / (1024.0 * 1024 * 1024)) : mb + " MB";
    }

    public static String date(long epochMillis) {
        return epochMillis <= 0 ? "—" : DATE.format(Instant.ofEpochMilli(epochMillis).atOffset(zone));
    }

    public static String dateTime(long epochMillis) {
        return epochMillis <= 0 ? "—" : DATE_TIME.format(Instant.ofEpochMilli(epochMillis).atOffset(zone));
    }
}
