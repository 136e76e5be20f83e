package io.telesim.simulator.text;

import io.telesim.simulator.yaml.Quantities;

/** Formats usage for people: call lengths, minutes, megabytes. */
public final class Units {

    private Units() {
    }

    /** A call's length: {@code 0:45}, {@code 2:05}, {@code 1:02:05}. */
    public static String duration(long seconds) {
        long h = seconds / 3600;
        long m = seconds / 60 % 60;
        long s = seconds % 60;
        String mmss = (h > 0 && m < 10 ? "0" : "") + m + ":" + (s < 10 ? "0" : "") + s;
        return h > 0 ? h + ":" + mmss : mmss;
    }

    /** Bundle minutes: {@code 500 min}, or {@code 497 min 30 s} when seconds are left over. */
    public static String minutes(long seconds) {
        return seconds % 60 == 0 ? seconds / 60 + " min" : seconds / 60 + " min " + seconds % 60 + " s";
    }

    /** Bytes as megabytes with two decimals, rounded down: {@code 12.35 MB}. */
    public static String megabytes(long bytes) {
        return Quantities.megabytes(bytes, 2) + " MB";
    }
}
