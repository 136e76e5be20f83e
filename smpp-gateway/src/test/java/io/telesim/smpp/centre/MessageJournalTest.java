package io.telesim.smpp.centre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.jsmpp.bean.MessageState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.telesim.billing.TestCatalogs;
import io.telesim.billing.TestNumbers;
import io.telesim.billing.TestTimes;
import io.telesim.billing.catalog.Catalog;
import io.telesim.engine.Command;
import io.telesim.engine.CommandType;
import io.telesim.engine.Engine;
import io.telesim.engine.EngineSettings;
import io.telesim.engine.NotificationSink;
import io.telesim.engine.clock.ManualClock;
import io.telesim.engine.handset.Handsets;

/** A restarted SMS centre delivers what it had acknowledged and not yet delivered, and nothing it had. */
class MessageJournalTest {

    private static final long ANNA = TestNumbers.ANNA;
    private static final long BORIS = TestNumbers.BORIS;

    private final Catalog catalog = TestCatalogs.standard();
    private final ManualClock clock = new ManualClock(TestTimes.MID_MARCH);

    @TempDir
    Path directory;

    @Test
    void messagesStillWaitingWhenTheCentreStoppedAreDeliveredAfterItStartsAgain() throws Exception {
        Handsets before = new Handsets();
        before.switchOff(BORIS);
        String waitingId;
        String deliveredId;
        try (Engine engine = engine(); ChronicleMessageJournal journal = ChronicleMessageJournal.open(directory, Duration.ofDays(7));
             SmsCentre centre = new SmsCentre(engine, before, clock, CentreSettings.defaults(Map.of()), journal)) {
            centre.start();
            ServiceSenders senders = new ServiceSenders(centre);
            SmsMessage waiting = senders.sendFrom("Telesim", BORIS, "Your bonus: 100 points");
            SmsMessage delivered = senders.sendFrom("Telesim", ANNA, "Welcome");
            waitUntil(() -> delivered.state() == MessageState.DELIVERED && waiting.attempts() > 0);
            waitingId = waiting.messageId();
            deliveredId = delivered.messageId();
        }

        Handsets after = new Handsets();
        try (Engine engine = engine(); ChronicleMessageJournal journal = ChronicleMessageJournal.open(directory, Duration.ofDays(7));
             SmsCentre centre = new SmsCentre(engine, after, clock, CentreSettings.defaults(Map.of()), journal)) {
            assertEquals(List.of(waitingId), journal.pending().stream().map(SmsMessage::messageId).toList());
            centre.start();

            waitUntil(() -> !after.inbox(BORIS).isEmpty());
            assertEquals("Your bonus: 100 points", after.inbox(BORIS).get(0).text());
            assertEquals("Telesim", after.inbox(BORIS).get(0).sender());
            assertTrue(after.inbox(ANNA).isEmpty(), "a delivered message is not delivered again");
            SmsMessage next = new ServiceSenders(centre).sendFrom("Telesim", ANNA, "Again");
            assertTrue(next.messageId().compareTo(waitingId) > 0 && next.messageId().compareTo(deliveredId) > 0,
                    "ids keep growing across restarts");
        }
    }

    private Engine engine() throws Exception {
        Engine engine = Engine.inMemory(catalog, clock, EngineSettings.defaults().withMaxAccounts(100).withRingSize(256), NotificationSink.NONE);
        for (long msisdn : new long[] {ANNA, BORIS}) {
            engine.call(new Command().set(CommandType.PROVISION, msisdn, msisdn).item(catalog.tariffIndex("go")).amount(10_000))
                    .get(10, TimeUnit.SECONDS);
        }
        return engine;
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out");
            }
            Thread.sleep(5);
        }
    }
}
