package io.telesim.smpp.client;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.MessageState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The outbound client against {@link TestSmsc} over loopback. */
@Timeout(60)
class OutboundEsmeTest {
    private static final Duration WAIT = Duration.ofSeconds(15);

    private TestSmsc smsc;
    private final RecordingListener listener = new RecordingListener();
    private final List<OutboundEsme> clients = new ArrayList<>();

    @BeforeEach
    void startSmsc() throws Exception {
        smsc = new TestSmsc();
    }

    @AfterEach
    void stopAll() {
        clients.forEach(OutboundEsme::close);
        smsc.close();
    }

    private OutboundSettings settings() {
        return OutboundSettings.defaults("127.0.0.1", smsc.port(), "telesim", "secret")
                .withMaxPerSecond(0)
                .withReconnect(Duration.ofMillis(50), Duration.ofMillis(200))
                .withResponseTimeout(Duration.ofSeconds(3))
                .withRetries(5, Duration.ofMillis(10), Duration.ofMillis(40));
    }

    private OutboundEsme client(OutboundSettings settings) {
        return client(settings, TimeSource.system());
    }

    private OutboundEsme client(OutboundSettings settings, TimeSource time) {
        OutboundEsme esme = new OutboundEsme(settings, listener, time);
        clients.add(esme);
        return esme;
    }

    private static OutboundMessage message(long ref, String destination, String text, boolean wantReceipt) {
        return new OutboundMessage(ref, (byte) 1, (byte) 1, "79990000001", (byte) 1, (byte) 1, destination,
                (byte) 0, (byte) 0, text.getBytes(StandardCharsets.ISO_8859_1), wantReceipt);
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(5);
        }
    }

    @Test
    void aSentMessageIsAcceptedAndItsReceiptReportsTheFinalState() throws Exception {
        smsc.receipts(TestSmsc.ReceiptMode.AFTER_RESPONSE, "DELIVRD", true);
        OutboundEsme esme = client(settings());
        esme.start();
        assertTrue(esme.send(message(7, "4915550001", "hello there", true)));

        await("the receipt", () -> listener.receipts.size() == 1);
        assertEquals(1, listener.accepted.size());
        RecordingListener.Accepted accepted = listener.accepted.get(0);
        assertEquals(7, accepted.localRef());
        assertEquals(smsc.accepted().get(0).messageId(), accepted.remoteMessageId());
        RecordingListener.ReceiptSeen receipt = listener.receipts.get(0);
        assertEquals(7, receipt.localRef());
        assertEquals(accepted.remoteMessageId(), receipt.remoteMessageId());
        assertEquals(MessageState.DELIVERED, receipt.state());
        assertEquals(5, receipt.errorCode());
        assertEquals(Instant.parse("2024-01-15T12:01:00Z").toEpochMilli(), receipt.doneTimeMillis());
        assertEquals("hello there", new String(smsc.accepted().get(0).content(), StandardCharsets.ISO_8859_1));
        assertEquals(LinkState.BOUND, esme.linkState());

        OutboundStats stats = esme.stats();
        assertEquals(1, stats.submitted());
        assertEquals(1, stats.accepted());
        assertEquals(1, stats.receipts());
        assertEquals(0, stats.failed());
        assertEquals(0, stats.queued());
        assertEquals(0, stats.inFlight());
    }

    @Test
    void aReceiptWithoutTlvsIsReadFromItsText() throws Exception {
        smsc.receipts(TestSmsc.ReceiptMode.AFTER_RESPONSE, "UNDELIV", false);
        OutboundEsme esme = client(settings());
        esme.start();
        esme.send(message(8, "4915550002", "nobody home", true));

        await("the receipt", () -> listener.receipts.size() == 1);
        RecordingListener.ReceiptSeen receipt = listener.receipts.get(0);
        assertEquals(8, receipt.localRef());
        assertEquals(MessageState.UNDELIVERABLE, receipt.state());
        assertEquals(5, receipt.errorCode());
    }

    @Test
    void aReceiptThatArrivesBeforeTheSubmitResponseIsReportedRightAfterTheAcceptance() throws Exception {
        smsc.receipts(TestSmsc.ReceiptMode.BEFORE_RESPONSE, "DELIVRD", true);
        OutboundEsme esme = client(settings().withWindow(4));
        esme.start();
        for (int i = 0; i < 20; i++) {
            assertTrue(esme.send(message(100 + i, "4915550003", "race " + i, true)));
        }

        await("20 receipts", () -> listener.receipts.size() == 20);
        for (int i = 0; i < 20; i++) {
            long ref = 100 + i;
            int acceptedAt = indexOf(e -> e instanceof RecordingListener.Accepted a && a.localRef() == ref);
            int receiptAt = indexOf(e -> e instanceof RecordingListener.ReceiptSeen r && r.localRef() == ref);
            assertTrue(acceptedAt >= 0 && acceptedAt < receiptAt, "accepted before receipt for " + ref);
        }
        assertEquals(20, esme.stats().receipts());
        assertEquals(0, esme.stats().unmatchedReceipts());
    }

    private int indexOf(java.util.function.Predicate<Object> p) {
        List<Object> events = List.copyOf(listener.events);
        for (int i = 0; i < events.size(); i++) {
            if (p.test(events.get(i))) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void throttledSubmitsAreRetriedUntilAccepted() throws Exception {
        smsc.throttleFirst(3);
        OutboundEsme esme = client(settings());
        esme.start();
        esme.send(message(9, "4915550004", "slow down", false));

        await("the acceptance", () -> listener.accepted.size() == 1);
        assertEquals(0, listener.failed.size());
        assertEquals(4, smsc.submitAttempts());
        OutboundStats stats = esme.stats();
        assertEquals(3, stats.retried());
        assertEquals(4, stats.submitted());
        assertEquals(1, stats.accepted());
    }

    @Test
    void throttlingBeyondTheRetryLimitFailsTheMessageOnce() throws Exception {
        smsc.throttleFirst(100);
        OutboundEsme esme = client(settings().withRetries(2, Duration.ofMillis(10), Duration.ofMillis(20)));
        esme.start();
        esme.send(message(10, "4915550005", "never", false));

        await("the failure", () -> listener.failed.size() == 1);
        RecordingListener.Failed failure = listener.failed.get(0);
        assertEquals(10, failure.localRef());
        assertEquals(SMPPConstant.STAT_ESME_RTHROTTLED, failure.commandStatus());
        assertEquals(3, smsc.submitAttempts());
        assertEquals(2, esme.stats().retried());
        assertEquals(0, listener.accepted.size());
    }

    @Test
    void aSubmitWithoutAnswerInTimeIsRetried() throws Exception {
        smsc.answerLate(1, 1_000);
        OutboundEsme esme = client(settings().withResponseTimeout(Duration.ofMillis(300)));
        esme.start();
        esme.send(message(13, "4915550017", "are you there", false));

        await("the acceptance", () -> listener.accepted.size() == 1);
        assertEquals(0, listener.failed.size());
        assertEquals(1, esme.stats().retried());
        assertEquals(2, esme.stats().submitted());
    }

    @Test
    void closeFailsAMessageWaitingToRetry() throws Exception {
        smsc.throttleFirst(100);
        OutboundEsme esme = client(settings().withRetries(5, Duration.ofSeconds(30), Duration.ofSeconds(30)));
        esme.start();
        esme.send(message(14, "4915550018", "patience", false));
        await("the first refusal", () -> esme.stats().retried() == 1);
        assertEquals(1, esme.stats().queued());

        esme.close();
        assertEquals(1, listener.failed.size());
        assertEquals(OutboundEsme.STATUS_CLOSED, listener.failed.get(0).commandStatus());
        assertEquals(1, smsc.submitAttempts());
        assertEquals(0, esme.stats().queued());
    }

    @Test
    void aPermanentErrorFailsAtOnceAndIsReportedOnce() throws Exception {
        smsc.refuseDestination("000", SMPPConstant.STAT_ESME_RINVDSTADR);
        OutboundEsme esme = client(settings());
        esme.start();
        esme.send(message(11, "000", "bad address", true));
        esme.send(message(12, "4915550006", "good address", false));

        await("both outcomes", () -> listener.outcomes() == 2);
        Thread.sleep(300); // ten retry delays: a wrongful retry would have shown by now
        assertEquals(1, listener.failed.size());
        RecordingListener.Failed failure = listener.failed.get(0);
        assertEquals(11, failure.localRef());
        assertEquals(SMPPConstant.STAT_ESME_RINVDSTADR, failure.commandStatus());
        assertTrue(failure.reason().contains("ESME_RINVDSTADR"), failure.reason());
        assertEquals(List.of(12L), listener.accepted.stream().map(RecordingListener.Accepted::localRef).toList());
        assertEquals(2, smsc.submitAttempts());
        assertEquals(0, esme.stats().retried());
        assertEquals(1, esme.stats().failed());
    }

    @Test
    void afterALinkDropItReconnectsAndTheQueuedMessagesGoOut() throws Exception {
        OutboundEsme esme = client(settings());
        esme.start();
        await("bound", () -> esme.linkState() == LinkState.BOUND);
        esme.send(message(20, "4915550007", "before", false));
        await("the first acceptance", () -> listener.accepted.size() == 1);

        smsc.refuseBinds(true);
        smsc.dropAll();
        await("the drop", () -> esme.linkState() != LinkState.BOUND);
        for (int i = 0; i < 5; i++) {
            assertTrue(esme.send(message(21 + i, "4915550007", "queued " + i, false)));
        }
        await("refused rebinds", () -> smsc.bindAttempts() >= 3);
        assertEquals(5, esme.stats().queued());
        assertEquals(1, smsc.accepted().size());

        smsc.refuseBinds(false);
        await("the queued messages accepted", () -> listener.accepted.size() == 6);
        assertEquals(LinkState.BOUND, esme.linkState());
        assertEquals(1, esme.stats().reconnects());
        assertEquals(0, esme.stats().queued());
        assertEquals(List.of(20L, 21L, 22L, 23L, 24L, 25L),
                listener.accepted.stream().map(RecordingListener.Accepted::localRef).sorted().toList());
        assertTrue(listener.links.contains(LinkState.DOWN));
    }

    @Test
    void aMessageInFlightWhenTheLinkDropsIsSentAgainAfterTheReconnect() throws Exception {
        smsc.answerLate(1, 500);
        OutboundEsme esme = client(settings().withResponseTimeout(Duration.ofMillis(800)));
        esme.start();
        esme.send(message(26, "4915550019", "caught in the drop", false));
        await("the submit at the SMSC", () -> smsc.submitAttempts() == 1);
        smsc.dropAll();

        await("the acceptance", () -> listener.accepted.size() == 1);
        assertEquals(26, listener.accepted.get(0).localRef());
        assertEquals(0, listener.failed.size());
        assertEquals(2, smsc.submitAttempts());
        assertEquals(1, esme.stats().retried());
        assertEquals(1, esme.stats().reconnects());
    }

    @Test
    void aRefusedBindBacksOffInsteadOfLooping() throws Exception {
        smsc.refuseBinds(true);
        OutboundEsme esme = client(settings().withReconnect(Duration.ofMillis(100), Duration.ofMillis(400)));
        esme.start();
        Thread.sleep(2_000);
        int attempts = smsc.bindAttempts();
        // back-off of [50,100], [100,200], then [200,400] ms: at most 1 + 1 + 1 + 1800/200 = 12 attempts in 2 s;
        // a loop without back-off makes hundreds
        assertTrue(attempts >= 3 && attempts <= 13, "bind attempts in 2 s: " + attempts);
        assertTrue(esme.linkState() == LinkState.DOWN || esme.linkState() == LinkState.CONNECTING);

        smsc.refuseBinds(false);
        await("bound", () -> esme.linkState() == LinkState.BOUND);
        assertEquals(0, esme.stats().reconnects()); // the first successful bind is not a reconnect
    }

    @Test
    void theWindowBoundsTheSubmitsInFlight() throws Exception {
        smsc.holdSubmits(100);
        OutboundEsme esme = client(settings().withWindow(3));
        esme.start();
        for (int i = 0; i < 12; i++) {
            esme.send(message(30 + i, "4915550008", "windowed " + i, false));
        }
        int maxInFlight = 0;
        while (listener.accepted.size() < 12) {
            maxInFlight = Math.max(maxInFlight, esme.stats().inFlight());
            Thread.sleep(2);
        }
        assertEquals(3, smsc.maxConcurrentSubmits());
        assertTrue(maxInFlight <= 3, "client in flight " + maxInFlight);
        assertEquals(12, smsc.accepted().size());
    }

    @Test
    void theRateLimitFollowsTheInjectedClock() throws Exception {
        ManualTimeSource clock = new ManualTimeSource();
        OutboundEsme esme = client(settings().withMaxPerSecond(5).withWindow(10), clock);
        esme.start();
        for (int i = 0; i < 12; i++) {
            esme.send(message(50 + i, "4915550009", "rated " + i, false));
        }

        // a full bucket lets a second's worth through, then the dispatcher waits on the clock
        await("the first burst", () -> clock.sleepers() == 1 && listener.accepted.size() == 5);
        assertEquals(5, esme.stats().submitted());
        assertEquals(5, smsc.submitAttempts());

        clock.advance(Duration.ofMillis(199));
        await("the dispatcher asleep again", () -> clock.sleepers() == 1);
        assertEquals(5, esme.stats().submitted());

        clock.advance(Duration.ofMillis(1));
        await("one more token", () -> listener.accepted.size() == 6 && clock.sleepers() == 1);
        assertEquals(6, esme.stats().submitted());

        clock.advance(Duration.ofSeconds(10)); // the bucket holds one second's worth, no more
        await("the second burst", () -> listener.accepted.size() == 11 && clock.sleepers() == 1);
        assertEquals(11, esme.stats().submitted());

        clock.advance(Duration.ofMillis(200));
        await("the last one", () -> listener.accepted.size() == 12);
        assertEquals(12, smsc.submitAttempts());
    }

    @Test
    void closeFailsWhatIsStillQueued() throws Exception {
        smsc.refuseBinds(true);
        OutboundEsme esme = client(settings());
        esme.start();
        for (int i = 0; i < 3; i++) {
            assertTrue(esme.send(message(60 + i, "4915550010", "stuck " + i, false)));
        }
        esme.close();

        assertEquals(3, listener.failed.size());
        assertEquals(List.of(60L, 61L, 62L), listener.failed.stream().map(RecordingListener.Failed::localRef).toList());
        assertTrue(listener.failed.stream().allMatch(f -> f.commandStatus() == OutboundEsme.STATUS_CLOSED));
        assertEquals(LinkState.CLOSED, esme.linkState());
        assertEquals(Admission.CLOSED, esme.offer(message(63, "4915550010", "late", false)));
        assertEquals(0, esme.stats().queued());
        assertEquals(3, esme.stats().failed());
    }

    @Test
    void aFullQueueRefusesAtOnce() {
        OutboundEsme esme = client(settings().withQueueCapacity(2));
        assertTrue(esme.send(message(70, "4915550011", "one", false)));
        assertTrue(esme.send(message(71, "4915550011", "two", false)));
        assertFalse(esme.send(message(72, "4915550011", "three", false)));
        assertEquals(Admission.QUEUE_FULL, esme.offer(message(72, "4915550011", "three", false)));
        assertEquals(2, esme.stats().queued());
        assertEquals(0, listener.failed.size());
    }

    @Test
    void aReceiverOnlyBindRefusesToSend() {
        OutboundEsme esme = client(settings().withBindType(BindType.BIND_RX));
        assertEquals(Admission.RECEIVE_ONLY, esme.offer(message(80, "4915550012", "no", false)));
    }

    @Test
    void mobileOriginatedMessagesReachTheListener() throws Exception {
        OutboundEsme esme = client(settings());
        esme.start();
        await("bound", smsc::hasBoundSession);
        byte[] text = "reply STOP".getBytes(StandardCharsets.ISO_8859_1);
        smsc.sendMo("4915550013", "79990000001", (byte) 0, text);

        assertEquals(1, listener.incoming.size());
        RecordingListener.Incoming mo = listener.incoming.get(0);
        assertEquals("4915550013", mo.source());
        assertEquals("79990000001", mo.destination());
        assertEquals(0, mo.dataCoding());
        assertArrayEquals(text, mo.shortMessage());
        assertEquals(1, esme.stats().incoming());
        assertEquals(0, listener.receipts.size());
    }

    @Test
    void enquireLinkKeepsAnIdleLinkUp() throws Exception {
        OutboundEsme esme = client(settings().withEnquireLinkInterval(Duration.ofMillis(100)));
        esme.start();
        await("three enquire_links", () -> smsc.enquireLinks() >= 3);
        assertEquals(LinkState.BOUND, esme.linkState());
        assertEquals(0, esme.stats().reconnects());
    }

    @Test
    void aLongMessageGoesInTheMessagePayload() throws Exception {
        OutboundEsme esme = client(settings());
        esme.start();
        byte[] text = new byte[300];
        Arrays.fill(text, (byte) 'x');
        esme.send(new OutboundMessage(90, (byte) 1, (byte) 1, "79990000001", (byte) 1, (byte) 1, "4915550014",
                (byte) 0, (byte) 0, text, false));

        await("the acceptance", () -> listener.accepted.size() == 1);
        assertArrayEquals(text, smsc.accepted().get(0).content());
    }

    @Test
    void aReceiptForAnExpiredCorrelationIsCountedUnmatched() throws Exception {
        ManualTimeSource clock = new ManualTimeSource();
        OutboundEsme esme = client(settings().withCorrelation(Duration.ofMinutes(1), Duration.ofSeconds(10), 100),
                clock);
        smsc.receipts(TestSmsc.ReceiptMode.NONE, "DELIVRD", true);
        esme.start();
        esme.send(message(95, "4915550015", "late receipt", true));
        await("the acceptance", () -> listener.accepted.size() == 1);
        String id = listener.accepted.get(0).remoteMessageId();

        clock.advance(Duration.ofMinutes(2));
        smsc.sendReceipt(id, "DELIVRD", true);
        assertEquals(0, listener.receipts.size());
        assertEquals(0, esme.stats().unmatchedReceipts()); // kept a while, in case it is early

        clock.advance(Duration.ofSeconds(11));
        assertEquals(1, esme.stats().unmatchedReceipts());
        assertEquals(0, listener.receipts.size());
    }

    @Test
    void aReceiptWithinTheCorrelationTimeIsMatched() throws Exception {
        ManualTimeSource clock = new ManualTimeSource();
        OutboundEsme esme = client(settings().withCorrelation(Duration.ofMinutes(1), Duration.ofSeconds(10), 100),
                clock);
        smsc.receipts(TestSmsc.ReceiptMode.NONE, "DELIVRD", true);
        esme.start();
        esme.send(message(96, "4915550016", "timely receipt", true));
        await("the acceptance", () -> listener.accepted.size() == 1);
        String id = listener.accepted.get(0).remoteMessageId();

        clock.advance(Duration.ofSeconds(59));
        smsc.sendReceipt(id, "ENROUTE", true);
        smsc.sendReceipt(id, "EXPIRED", false);
        assertEquals(List.of(MessageState.ENROUTE, MessageState.EXPIRED),
                listener.receipts.stream().map(RecordingListener.ReceiptSeen::state).toList());
        smsc.sendReceipt(id, "DELIVRD", true); // after a final state the id is forgotten
        assertEquals(2, listener.receipts.size());
        assertInstanceOf(RecordingListener.Accepted.class, listener.events.get(0));
    }
}
