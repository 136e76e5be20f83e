package io.telesim.ussd.session;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** At most {@code dialsPerMinute} dials per number in each minute since that number's first dial of it. */
final class DialRateLimit {

    static final long MINUTE_MILLIS = 60_000;

    private final int dialsPerMinute;
    private final Map<Long, Window> windows = new ConcurrentHashMap<>();

    DialRateLimit(int dialsPerMinute) {
        this.dialsPerMinute = dialsPerMinute;
    }

    /** Counts a dial of {@code msisdn} at {@code now}; false when the number is over its limit. */
    boolean tryDial(long msisdn, long now) {
        Window window = windows.compute(msisdn, (number, current) -> {
            if (current == null || now - current.start >= MINUTE_MILLIS) {
                return new Window(now);
            }
            current.dials++;
            return current;
        });
        return window.dials <= dialsPerMinute;
    }

    /** Forgets the numbers whose minute is over. */
    void sweep(long now) {
        windows.values().removeIf(window -> now - window.start >= MINUTE_MILLIS);
    }

    /** Written only inside {@code compute} for its number. */
    private static final class Window {
        final long start;
        int dials = 1;

        Window(long start) {
            this.start = start;
        }
    }
}
