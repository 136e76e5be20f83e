package io.telesim.simulator.yaml;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.util.Locale;

/**
 * Parses the quantities people write in configuration files, exactly (never through {@code double}):
 * sizes like {@code 15 GB} and durations like {@code 10 min}. Errors are {@link IllegalArgumentException}s
 * whose message says what is wrong with the text.
 *
 * <p>Sizes are binary, as operators count bundles: 1 KB = 1024 bytes, 1 MB = 1024 KB, 1 GB = 1024 MB.
 */
public final class Quantities {

    public static final long KB = 1024;
    public static final long MB = KB * 1024;
    public static final long GB = MB * 1024;

    private static final String SIZE_EXAMPLE = "a size like 500 MB or 15 GB (units B, KB, MB, GB)";
    private static final String DURATION_EXAMPLE = "a duration like 90 s, 10 min, 2 h or 7 d";

    private Quantities() {
    }

    /** Bytes in a size such as {@code 100 KB}, {@code 1.5 GB} or {@code 0 B}. */
    public static long parseBytes(String text) {
        String[] parts = numberAndUnit(text, SIZE_EXAMPLE);
        long unit = switch (parts[1].toUpperCase(Locale.ROOT)) {
            case "B" -> 1;
            case "KB" -> KB;
            case "MB" -> MB;
            case "GB" -> GB;
            default -> throw new IllegalArgumentException("'" + text + "' is not " + SIZE_EXAMPLE + ": unknown unit '" + parts[1] + "'");
        };
        return whole(text, parts[0], unit, "bytes", SIZE_EXAMPLE);
    }

    /** A duration such as {@code 90 s}, {@code 10 min}, {@code 2 h} or {@code 7 d}. */
    public static Duration parseDuration(String text) {
        String[] parts = numberAndUnit(text, DURATION_EXAMPLE);
        long unit = switch (parts[1].toLowerCase(Locale.ROOT)) {
            case "s" -> 1;
            case "min" -> 60;
            case "h" -> 3600;
            case "d" -> 86_400;
            default -> throw new IllegalArgumentException("'" + text + "' is not " + DURATION_EXAMPLE + ": unknown unit '" + parts[1] + "'");
        };
        return Duration.ofSeconds(whole(text, parts[0], unit, "seconds", DURATION_EXAMPLE));
    }

    /**
     * A decimal with at most {@code decimals} digits after the point, as a whole number of its
     * smallest units: {@code parseScaled("4.5", 2)} is 450.
     */
    public static long parseScaled(String text, int decimals) {
        BigDecimal value = decimal(text, "a number like 4.5");
        if (value.scale() > decimals) {
            throw new IllegalArgumentException("'" + text + "' has more than " + decimals + " digits after the decimal point");
        }
        return exactLong(text, value.movePointRight(decimals));
    }

    /**
     * {@code 20 GB}, {@code 100 KB}, {@code 700 B}: the largest unit that shows the size exactly; sizes of
     * a megabyte or more that no unit shows exactly are megabytes with two decimals, rounded down.
     */
    public static String formatBytes(long bytes) {
        if (bytes == 0) {
            return "0 B";
        }
        if (bytes % GB == 0) {
            return bytes / GB + " GB";
        }
        if (bytes % MB == 0) {
            return bytes / MB + " MB";
        }
        if (bytes >= MB) {
            return megabytes(bytes, 2) + " MB";
        }
        return bytes % KB == 0 ? bytes / KB + " KB" : bytes + " B";
    }

    /** Bytes as megabytes with {@code decimals} decimals, rounded down: {@code 1.50}. */
    public static String megabytes(long bytes, int decimals) {
        long scale = 1;
        for (int i = 0; i < decimals; i++) {
            scale *= 10;
        }
        long scaled = BigInteger.valueOf(bytes).multiply(BigInteger.valueOf(scale)).divide(BigInteger.valueOf(MB)).longValueExact();
        String whole = Long.toString(scaled / scale);
        if (decimals == 0) {
            return whole;
        }
        String fraction = Long.toString(scale + scaled % scale).substring(1);
        return whole + "." + fraction;
    }

    private static String[] numberAndUnit(String text, String example) {
        String s = text == null ? "" : text.strip();
        int i = 0;
        while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.' || s.charAt(i) == '-' || s.charAt(i) == '+')) {
            i++;
        }
        String number = s.substring(0, i);
        String unit = s.substring(i).strip();
        if (number.isEmpty()) {
            throw new IllegalArgumentException("'" + text + "' is not " + example);
        }
        if (unit.isEmpty()) {
            throw new IllegalArgumentException("'" + text + "' needs a unit: it should be " + example);
        }
        return new String[] {number, unit};
    }

    private static long whole(String text, String number, long unit, String what, String example) {
        BigDecimal value = decimal(number, example).multiply(BigDecimal.valueOf(unit));
        if (value.signum() < 0) {
            throw new IllegalArgumentException("'" + text + "' is negative");
        }
        if (value.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException("'" + text + "' is not a whole number of " + what);
        }
        return exactLong(text, value);
    }

    private static BigDecimal decimal(String text, String example) {
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not " + example);
        }
    }

    private static long exactLong(String text, BigDecimal value) {
        try {
            return value.toBigIntegerExact().longValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("'" + text + "' is too large");
        }
    }
}
