package io.telesim.simulator.text;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import io.telesim.billing.money.Money;
import io.telesim.billing.number.DestinationClass;

/** Words and numbers as reports show them: destination classes, signed money, local times. */
public final class Labels {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private Labels() {
    }

    public static String destination(DestinationClass destination) {
        if (destination == null) {
            return "";
        }
        return switch (destination) {
            case ON_NET -> "on-net";
            case OFF_NET -> "off-net";
            case OTHER_REGION -> "other region";
            case INTERNATIONAL -> "international";
            case SHORT -> "short number";
            case FREE_SHORT -> "free number";
        };
    }

    /** {@code +600.00 ₽} for credits, {@code -1.90 ₽} for charges, {@code 0.00 ₽} for nothing. */
    public static String signedMoney(long kopecks) {
        return kopecks > 0 ? "+" + Money.format(kopecks) : Money.format(kopecks);
    }

    /** {@code 2025-03-03 09:05:00} in the given zone. */
    public static String time(long epochMillis, ZoneOffset zone) {
        return TIME.format(Instant.ofEpochMilli(epochMillis).atOffset(zone));
    }
}
