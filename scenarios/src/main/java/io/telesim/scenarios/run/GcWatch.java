package io.telesim.scenarios.run;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * Counts the garbage collector's pauses during a run and keeps the longest: the embedded operator and the generator
 * share one JVM, and a pause stops both, so a p99 that jumps with the rate is often this and worth a line in the report.
 */
final class GcWatch implements NotificationListener, AutoCloseable {

    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final AtomicLong pauses = new AtomicLong();
    private final AtomicLong totalMillis = new AtomicLong();
    private final AtomicLong longestMillis = new AtomicLong();

    GcWatch() {
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (collector instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(this, null, null);
                emitters.add(emitter);
            }
        }
    }

    @Override
    public void handleNotification(Notification notification, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        long millis = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData()).getGcInfo().getDuration();
        pauses.incrementAndGet();
        totalMillis.addAndGet(millis);
        longestMillis.accumulateAndGet(millis, Math::max);
    }

    /** One line for the report's notes; {@code remote}: the operator runs in another process, whose pauses are not seen. */
    String summary(double seconds, boolean remote) {
        return String.format(Locale.ROOT, "garbage collection paused the process (%s) %d times in %.0f s, %d ms in all, the longest %d ms",
                remote ? "the generator; the target's own pauses are not seen from here" : "operator and generator alike", pauses.get(), seconds,
                totalMillis.get(), longestMillis.get());
    }

    @Override
    public void close() {
        for (NotificationEmitter emitter : emitters) {
            try {
                emitter.removeNotificationListener(this);
            } catch (ListenerNotFoundException e) {
                // already gone
            }
        }
    }
}
