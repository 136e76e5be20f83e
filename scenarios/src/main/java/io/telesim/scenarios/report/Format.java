package io.telesim.scenarios.report;

import java.util.Locale;

/** How the reports write numbers: milliseconds with sensible digits, shares as percentages, counts with separators. */
public final class Format {

    private Format() {
    }

    public static String millis(double millis) {
        if (millis >= 1_000) {
            return String.format(Locale.ROOT, "%.2f s", millis / 1_000);
        }
        if (millis >= 100) {
            return String.format(Locale.ROOT, "%.0f ms", millis);
        }
        if (millis >= 10) {
            return String.format(Locale.ROOT, "%.1f ms", millis);
        }
        return String.format(Locale.ROOT, "%.2f ms", millis);
    }

    public static String percent(double share) {
        double percent = share * 100;
        if (percent == 0 || percent >= 10) {
            return String.format(Locale.ROOT, "%.1f%%", percent);
        }
        return String.format(Locale.ROOT, "%.2f%%", percent);
    }

    public static String count(long count) {
        return String.format(Locale.ROOT, "%,d", count);
    }

    public static String rate(double perSecond) {
        return perSecond >= 100 ? String.format(Locale.ROOT, "%,.0f/s", perSecond) : String.format(Locale.ROOT, "%.1f/s", perSecond);
    }
}
