package io.telesim.simulator.web.http;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import io.vertx.ext.web.RoutingContext;

/** Query and path parameters of the APIs, read with a 400 that names the parameter when one is wrong. */
public final class QueryParams {

    private QueryParams() {
    }

    /** The whole-number parameter {@code name} within {@code [min, max]}, or {@code absent} when it is not given. */
    public static long number(RoutingContext ctx, String name, long absent, long min, long max) {
        String text = ctx.request().getParam(name);
        if (text == null || text.isBlank()) {
            return absent;
        }
        long value;
        try {
            value = Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw ApiError.badRequest("'" + name + "' must be a whole number, got '" + text + "'");
        }
        if (value < min || value > max) {
            throw ApiError.badRequest("'" + name + "' must be " + min + ".." + max + ", got " + value);
        }
        return value;
    }

    /** The path parameter {@code name} as a positive id. */
    public static long pathId(RoutingContext ctx, String name) {
        String text = ctx.pathParam(name);
        try {
            long id = Long.parseLong(text);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiError.badRequest("'" + name + "' must be a positive whole number, got '" + text + "'");
    }

    /**
     * The instant parameter {@code name} in epoch milliseconds: given as epoch milliseconds, an ISO instant
     * ({@code 2026-11-01T10:00:00Z}) or a date ({@code 2026-11-01}: its midnight in {@code zone}); {@code absent} when not given.
     */
    public static long instant(RoutingContext ctx, String name, long absent, ZoneOffset zone) {
        String text = ctx.request().getParam(name);
        if (text == null || text.isBlank()) {
            return absent;
        }
        String trimmed = text.trim();
        try {
            if (trimmed.chars().allMatch(Character::isDigit)) {
                return Long.parseLong(trimmed);
            }
            if (trimmed.length() == 10) {
                return LocalDate.parse(trimmed).atStartOfDay(zone).toInstant().toEpochMilli();
            }
            return Instant.parse(trimmed).toEpochMilli();
        } catch (DateTimeException | NumberFormatException e) {
            throw ApiError.badRequest("'" + name + "' must be epoch milliseconds, an ISO instant or a date (YYYY-MM-DD), got '"
                    + text + "'");
        }
    }
}
