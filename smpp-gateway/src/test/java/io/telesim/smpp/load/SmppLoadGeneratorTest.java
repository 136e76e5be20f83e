package io.telesim.smpp.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.jsmpp.SMPPConstant;
import org.junit.jupiter.api.Test;

class SmppLoadGeneratorTest {

    private static final long FIRST_NUMBER = 79_160_000_000L;

    private static LoadSettings settings(AcknowledgingTestSmsc smsc) {
        return LoadSettings.of("127.0.0.1", smsc.port(), "load", AcknowledgingTestSmsc.PASSWORD)
                .withBinds(BindMode.TRANSCEIVER, 3)
                .withWindow(16)
                .withLimits(5_000, Duration.ZERO)
                .withDestinations(FIRST_NUMBER, 1_000)
                .withDrainTimeout(Duration.ofSeconds(20));
    }

    @Test
    void shouldAccountForEveryMessageAndMatchEveryReceipt() throws Exception {
        try (AcknowledgingTestSmsc smsc = AcknowledgingTestSmsc.rejectingNumbersDivisibleBy(10)) {
            LoadReport report = new SmppLoadGenerator(settings(smsc).withReceipts(true)).run(progress -> { });

            assertEquals(5_000, report.submitted(), report.summary());
            assertEquals(report.submitted(), report.accepted() + report.rejected(), report.summary());
            assertEquals(500, report.rejected(), "every tenth number is refused: " + report.summary());
            assertEquals(Map.of(SMPPConstant.STAT_ESME_RINVDSTADR, 500L), report.rejectedByStatus());
            assertEquals(report.accepted(), report.receipts(), report.summary());
            assertEquals(report.accepted(), report.submitToReceipt().count(), "every receipt matched to its submit");
            assertEquals(report.submitted(), report.submitToResponse().count());
            assertTrue(report.complete(), report.summary());
        }
    }

    @Test
    void shouldSendMessageIToTheNumberFirstPlusIModuloSubscribers() throws Exception {
        try (AcknowledgingTestSmsc smsc = AcknowledgingTestSmsc.acknowledgingAll()) {
            new SmppLoadGenerator(settings(smsc)).run(progress -> { });

            Map<String, AtomicInteger> destinations = smsc.destinations();
            assertEquals(1_000, destinations.size());
            for (int i = 0; i < 1_000; i++) {
                assertEquals(5, destinations.get(Long.toString(FIRST_NUMBER + i)).get(), "number " + (FIRST_NUMBER + i));
            }
        }
    }

    @Test
    void shouldMatchReceiptsThatComeBeforeTheirSubmitResponse() throws Exception {
        try (AcknowledgingTestSmsc smsc = AcknowledgingTestSmsc.sendingReceiptsFirst()) {
            LoadReport report = new SmppLoadGenerator(settings(smsc).withReceipts(true)).run(progress -> { });

            assertEquals(5_000, report.accepted(), report.summary());
            assertEquals(5_000, report.receipts(), report.summary());
            assertEquals(5_000, report.submitToReceipt().count(), "every early receipt matched once its message id was known");
            assertTrue(report.complete(), report.summary());
        }
    }

    @Test
    void shouldSendThrottledMessagesAgainUntilTheyAreAnswered() throws Exception {
        try (AcknowledgingTestSmsc smsc = AcknowledgingTestSmsc.throttlingEvery(7)) {
            LoadReport report = new SmppLoadGenerator(settings(smsc).withReceipts(true)).run(progress -> { });

            assertEquals(5_000, report.submitted(), report.summary());
            assertEquals(5_000, report.accepted(), "throttled is not an answer: the message goes again: " + report.summary());
            assertTrue(report.throttled() >= 5_000 / 7, report.summary());
            assertEquals(5_000, report.receipts(), report.summary());
            assertTrue(report.complete(), report.summary());
        }
    }

    @Test
    void shouldCountNoReceiptsWhenNoneAreAskedFor() throws Exception {
        try (AcknowledgingTestSmsc smsc = AcknowledgingTestSmsc.acknowledgingAll()) {
            LoadReport report = new SmppLoadGenerator(settings(smsc).withBinds(BindMode.TRANSMITTER, 2)).run(progress -> { });

            assertEquals(5_000, report.accepted(), report.summary());
            assertEquals(0, report.receipts());
            assertTrue(report.complete(), report.summary());
        }
    }

    @Test
    void shouldNameTheStatusWhenTheBindIsRefused() throws Exception {
        try (AcknowledgingTestSmsc smsc = AcknowledgingTestSmsc.acknowledgingAll()) {
            LoadSettings wrongPassword = LoadSettings.of("127.0.0.1", smsc.port(), "load", "wrong");

            BindRefusedException refused = assertThrows(BindRefusedException.class, () -> new SmppLoadGenerator(wrongPassword).run(p -> { }));

            assertEquals(SMPPConstant.STAT_ESME_RINVPASWD, refused.commandStatus());
            assertTrue(refused.getMessage().contains("ESME_RINVPASWD"), refused.getMessage());
        }
    }

    @Test
    void shouldReportWhatWasDoneWhenTheSmscGoesAway() throws Exception {
        try (AcknowledgingTestSmsc smsc = AcknowledgingTestSmsc.closingAfter(2_000)) {
            LoadSettings settings = settings(smsc).withLimits(1_000_000, Duration.ZERO).withDrainTimeout(Duration.ofSeconds(2));

            LoadReport report = new SmppLoadGenerator(settings).run(progress -> { });

            assertFalse(report.complete());
            assertFalse(report.failures().isEmpty());
            assertTrue(report.failures().get(0).contains("closed the connection"), report.failures().toString());
            assertTrue(report.accepted() >= 1_900 && report.accepted() <= 2_000, report.summary());
            assertTrue(report.submitted() < 1_000_000, report.summary());
            assertEquals(report.submitted(), report.accepted() + report.rejected() + report.unanswered());
        }
    }

    @Test
    void shouldStopAndReportWhenTheSmscAnswersNothing() throws Exception {
        try (AcknowledgingTestSmsc smsc = AcknowledgingTestSmsc.stallingAfter(1_000)) {
            LoadSettings settings = settings(smsc).withLimits(1_000_000, Duration.ZERO).withDrainTimeout(Duration.ofSeconds(1));

            LoadReport report = new SmppLoadGenerator(settings).run(progress -> { });

            assertEquals(1_000, report.accepted(), report.summary());
            assertTrue(report.unanswered() > 0, report.summary());
            assertTrue(report.failures().get(0).contains("answered nothing for 1 s"), report.failures().toString());
        }
    }

    @Test
    void shouldSendRateTimesDurationMessagesAndTellProgressMeanwhile() throws Exception {
        try (AcknowledgingTestSmsc smsc = AcknowledgingTestSmsc.acknowledgingAll()) {
            List<LoadProgress> progress = new ArrayList<>();
            LoadSettings settings = settings(smsc).withLimits(0, Duration.ofMillis(1_500)).withRate(2_000);

            LoadReport report = new SmppLoadGenerator(settings).run(progress::add);

            assertTrue(report.complete(), report.summary());
            assertEquals(3_000, report.submitted(), "2,000 a second for 1.5 s: " + report.summary());
            assertFalse(progress.isEmpty(), "a progress line a second");
            assertTrue(progress.get(0).answered() > 0);
        }
    }

    @Test
    void shouldRefuseReceiptsOnTransmitterBinds() {
        LoadSettings settings = LoadSettings.of("127.0.0.1", 2775, "load", "secret");

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> settings.withBinds(BindMode.TRANSMITTER, 1).withReceipts(true));

        assertTrue(refused.getMessage().contains("transceiver"));
    }

    @Test
    void shouldSendAGivenScheduleAndTellTheObserverWhatBecameOfEachMessage() throws Exception {
        try (AcknowledgingTestSmsc smsc = AcknowledgingTestSmsc.rejectingNumbersDivisibleBy(10)) {
            Map<Long, Integer> statuses = new ConcurrentHashMap<>();
            Set<String> receipted = ConcurrentHashMap.newKeySet();
            AtomicInteger submitted = new AtomicInteger();
            LoadObserver observer = new LoadObserver() {
                @Override
                public void submitted(long index, long lateNanos) {
                    submitted.incrementAndGet();
                }

                @Override
                public void answered(long index, int commandStatus, String messageId, long latencyNanos) {
                    statuses.put(index, commandStatus);
                }

                @Override
                public void receipt(String messageId, long latencyNanos) {
                    receipted.add(messageId);
                }
            };

            LoadReport report = new SmppLoadGenerator(settings(smsc).withReceipts(true), start -> new TenMessages(start), observer)
                    .run(progress -> { });

            assertTrue(report.complete(), report.summary());
            assertEquals(10, submitted.get());
            assertEquals(10, smsc.destinations().size(), "message i goes to the schedule's number of i");
            assertEquals(1, smsc.destinations().get("79160000030").get());
            assertEquals(SMPPConstant.STAT_ESME_RINVDSTADR, statuses.get(3L), "79160000030 ends in 0: refused");
            assertEquals(SMPPConstant.STAT_ESME_ROK, statuses.get(4L));
            assertEquals(10, statuses.size());
            assertEquals(report.accepted(), receipted.size());
        }
    }

    /** Ten messages 1 ms apart, message i to 79160000000 + 10 i + (i == 3 ? 0 : 1). */
    private static final class TenMessages implements SubmitSchedule {
        private final AtomicLong next = new AtomicLong();
        private final long start;

        TenMessages(long start) {
            this.start = start;
        }

        @Override
        public long next(long nowNanos) {
            long index = next.getAndIncrement();
            return index < 10 ? index : DONE;
        }

        @Override
        public long dueNanos(long index) {
            return start + index * 1_000_000;
        }

        @Override
        public boolean exhausted(long nowNanos) {
            return next.get() >= 10;
        }

        @Override
        public String sourceAddress(long index) {
            return "Shop";
        }

        @Override
        public String destinationAddress(long index) {
            return Long.toString(FIRST_NUMBER + 10 * index + (index == 3 ? 0 : 1));
        }
    }
}
