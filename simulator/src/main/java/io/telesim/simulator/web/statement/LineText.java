package io.telesim.simulator.web.statement;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import io.telesim.simulator.web.page.Texts;

/** How the statement pages put a line's type and volume into words, in the page's language. */
public final class LineText {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final long KB = 1024;
    private static final long MB = 1024 * KB;

    private LineText() {
    }

    /** An ISO date ({@code 2026-05-01}) as the pages write dates ({@code 01.05.2026}). */
    public static String date(String isoDate) {
        return DATE.format(LocalDate.parse(isoDate));
    }

    /** What the line is: "Call", "Top-up", ... */
    public static String type(Texts t, StatementLine line) {
        return t.t("statement.type." + line.type());
    }

    /** The line's duration or volume, or "" for money. */
    public static String volume(Texts t, StatementLine line) {
        return line.unit() == null ? "" : volume(t, line.unit(), line.units());
    }

    /** {@code units} of {@code unit} (seconds, segments, bytes, requests) in words. */
    public static String volume(Texts t, String unit, long units) {
        return switch (unit) {
            case "seconds" -> t.t("statement.volume.seconds", Long.toString(units / 60), Long.toString(units % 60));
            case "bytes" -> bytes(t, units);
            case "segments" -> t.t("statement.volume.segments", Long.toString(units));
            default -> t.t("statement.volume.requests", Long.toString(units));
        };
    }

    private static String bytes(Texts t, long bytes) {
        Locale locale = Locale.forLanguageTag(t.language());
        if (bytes < KB) {
            return t.t("statement.volume.b", Long.toString(bytes));
        }
        if (bytes < MB) {
            return t.t("statement.volume.kb", String.format(locale, "%.1f", bytes / (double) KB));
        }
        return t.t("statement.volume.mb", String.format(locale, "%.1f", bytes / (double) MB));
    }
}
