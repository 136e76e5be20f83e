package io.telesim.smpp.centre;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * How the SMS centre stores and forwards.
 *
 * @param defaultValidity how long a message waits for delivery when its sender gives no validity
 * @param maxValidity     the longest validity a sender may ask for (longer requests are cut to it)
 * @param retryIntervals  waits between delivery attempts; the last one repeats until the message expires
 * @param maxPending      messages that may wait for delivery at once; beyond it new ones are refused
 * @param retainFinished  ended messages kept so their state can still be queried
 * @param concatTimeout   how long the parts of a concatenated message may take to arrive
 * @param shortNumbers    short number → the system_id of the ESME that serves it
 */
public record CentreSettings(Duration defaultValidity, Duration maxValidity, List<Duration> retryIntervals, int maxPending,
                             int retainFinished, Duration concatTimeout, Map<String, String> shortNumbers) {

    public CentreSettings {
        retryIntervals = List.copyOf(retryIntervals);
        shortNumbers = Map.copyOf(shortNumbers);
        if (retryIntervals.isEmpty() || maxPending < 1 || retainFinished < 0) {
            throw new IllegalArgumentException("the SMS centre needs retry intervals, maxPending >= 1 and retainFinished >= 0");
        }
    }

    /**
     * A day's validity (a week at most), retries after 10 s, 30 s, 1 min, then every 5 min; a million
     * messages pending, the last 100,000 ended ones kept for queries, five minutes to collect the parts.
     */
    public static CentreSettings defaults(Map<String, String> shortNumbers) {
        return new CentreSettings(Duration.ofHours(24), Duration.ofDays(7),
                List.of(Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(5)), 1_000_000, 100_000,
                Duration.ofMinutes(5), shortNumbers);
    }

    public CentreSettings withRetryIntervals(List<Duration> intervals) {
        return new CentreSettings(defaultValidity, maxValidity, intervals, maxPending, retainFinished, concatTimeout, shortNumbers);
    }

    public CentreSettings withValidity(Duration defaultValidity, Duration maxValidity) {
        return new CentreSettings(defaultValidity, maxValidity, retryIntervals, maxPending, retainFinished, concatTimeout, shortNumbers);
    }

    public CentreSettings withMaxPending(int pending) {
        return new CentreSettings(defaultValidity, maxValidity, retryIntervals, pending, retainFinished, concatTimeout, shortNumbers);
    }

    /** The wait after the {@code attempt}-th failed attempt (1-based). */
    public Duration retryAfter(int attempt) {
        return retryIntervals.get(Math.min(attempt, retryIntervals.size()) - 1);
    }
}
