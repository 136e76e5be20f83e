package io.telesim.simulator.web.login;

import java.util.ArrayDeque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Anti-robot limits on code requests (F1): at most {@code perWindow} requests per key within
 * {@code windowMillis}, and none closer than {@code minGapMillis} to the previous one. Keys are numbers or
 * client addresses. Old entries are dropped as the window moves on, so memory follows recent traffic.
 */
public final class RequestLimits {

    private final int perWindow;
    private final long windowMillis;
    private final long minGapMillis;
    private final Map<String, ArrayDeque<Long>> recent = new ConcurrentHashMap<>();

    public RequestLimits(int perWindow, long windowMillis, long minGapMillis) {
        this.perWindow = perWindow;
        this.windowMillis = windowMillis;
        this.minGapMillis = minGapMillis;
    }

    /**
     * Counts a request of {@code key} at {@code now} when it is allowed and returns 0; otherwise counts
     * nothing and returns how many milliseconds to wait.
     */
    public long tryAcquire(String key, long now) {
        ArrayDeque<Long> times = recent.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst() <= now - windowMillis) {
                times.pollFirst();
            }
            if (!times.isEmpty() && now - times.peekLast() < minGapMillis) {
                return minGapMillis - (now - times.peekLast());
            }
            if (times.size() >= perWindow) {
                return times.peekFirst() + windowMillis - now;
            }
            times.addLast(now);
        }
        if (recent.size() > 10_000) {
            recent.entrySet().removeIf(entry -> {
                synchronized (entry.getValue()) {
                    return entry.getValue().isEmpty() || entry.getValue().peekLast() <= now - windowMillis;
                }
            });
        }
        return 0;
    }
}
