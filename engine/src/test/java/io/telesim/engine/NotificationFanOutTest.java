package io.telesim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import io.telesim.billing.result.Notices;

/** The fan-out hands every notice and gift to each of its sinks, whatever one of them does. */
class NotificationFanOutTest {

    /** Writes down what it hears, prefixed with its name. */
    private record Recording(String name, List<String> heard) implements NotificationSink {

        @Override
        public void onNotices(long msisdn, int notices, long balance, long time) {
            heard.add(name + " notices " + msisdn + " " + notices + " " + balance + " " + time);
        }

        @Override
        public void onGift(long giver, long recipient, long points, long code, long time) {
            heard.add(name + " gift " + giver + ">" + recipient + " " + points + " " + code + " " + time);
        }
    }

    private static final NotificationSink THROWING = new NotificationSink() {
        @Override
        public void onNotices(long msisdn, int notices, long balance, long time) {
            throw new IllegalStateException("a broken listener");
        }

        @Override
        public void onGift(long giver, long recipient, long points, long code, long time) {
            throw new IllegalStateException("a broken listener");
        }
    };

    @Test
    void shouldForwardEveryNoticeAndGiftToEachSinkInTheOrderTheyWereAdded() {
        List<String> heard = new ArrayList<>();
        NotificationFanOut fanOut = new NotificationFanOut();
        fanOut.add(new Recording("sms", heard));
        fanOut.add(new Recording("web", heard));

        fanOut.onNotices(79_161_000_001L, Notices.AUTO_TOP_UP_DUE, 4_500, 1_000);
        fanOut.onGift(79_161_000_001L, 79_161_000_002L, 50, 123_456, 2_000);

        assertEquals(List.of(
                "sms notices 79161000001 " + Notices.AUTO_TOP_UP_DUE + " 4500 1000",
                "web notices 79161000001 " + Notices.AUTO_TOP_UP_DUE + " 4500 1000",
                "sms gift 79161000001>79161000002 50 123456 2000",
                "web gift 79161000001>79161000002 50 123456 2000"), heard);
    }

    @Test
    void shouldStillTellTheOtherSinksWhenOneThrows() {
        List<String> heard = new ArrayList<>();
        NotificationFanOut fanOut = new NotificationFanOut();
        fanOut.add(new Recording("before", heard));
        fanOut.add(THROWING);
        fanOut.add(new Recording("after", heard));

        fanOut.onNotices(79_161_000_001L, Notices.LOW_BALANCE, 100, 1);
        fanOut.onGift(79_161_000_001L, 79_161_000_002L, 10, 42, 2);

        assertEquals(List.of("before notices 79161000001 " + Notices.LOW_BALANCE + " 100 1", "after notices 79161000001 "
                + Notices.LOW_BALANCE + " 100 1", "before gift 79161000001>79161000002 10 42 2", "after gift 79161000001>79161000002 10 42 2"),
                heard);
    }

    @Test
    void shouldTellNobodyAndNotFailWithoutSinks() {
        NotificationFanOut fanOut = new NotificationFanOut();
        fanOut.onNotices(79_161_000_001L, Notices.LOW_BALANCE, 100, 1);
        fanOut.onGift(79_161_000_001L, 79_161_000_002L, 10, 42, 2);
    }

    @Test
    void shouldTakeSinksAddedWhileNoticesAreBeingDelivered() throws Exception {
        NotificationFanOut fanOut = new NotificationFanOut();
        AtomicLong first = new AtomicLong();
        fanOut.add(counting(first));
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch delivering = new CountDownLatch(1);
        Thread output = new Thread(() -> {
            while (!stop.get()) {
                fanOut.onNotices(79_161_000_001L, Notices.LOW_BALANCE, 100, 1);
                delivering.countDown();
            }
        });
        output.start();
        assertTrue(delivering.await(5, TimeUnit.SECONDS));
        List<AtomicLong> added = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            AtomicLong heard = new AtomicLong();
            added.add(heard);
            fanOut.add(counting(heard));
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (added.get(added.size() - 1).get() == 0 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        stop.set(true);
        output.join(5_000);

        for (AtomicLong heard : added) {
            assertTrue(heard.get() > 0, "every sink added while the engine notifies hears the notices after it");
        }
        assertTrue(first.get() >= added.get(0).get());
    }

    private static NotificationSink counting(AtomicLong heard) {
        return new NotificationSink() {
            @Override
            public void onNotices(long msisdn, int notices, long balance, long time) {
                heard.incrementAndGet();
            }
        };
    }
}
