package io.telesim.engine.crash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.telesim.billing.TestCatalogs;
import io.telesim.billing.TestNumbers;
import io.telesim.billing.account.AccountRecord;
import io.telesim.billing.bonus.GiftLedger;
import io.telesim.billing.catalog.Catalog;
import io.telesim.billing.ops.BillingRules;
import io.telesim.billing.rating.ReservationTable;
import io.telesim.billing.rating.UsageKind;
import io.telesim.engine.Command;
import io.telesim.engine.CommandType;
import io.telesim.engine.Engine;
import io.telesim.engine.EngineBusyException;
import io.telesim.engine.EngineSettings;
import io.telesim.engine.NotificationSink;
import io.telesim.engine.ReplySnapshot;
import io.telesim.engine.SubmitStatus;
import io.telesim.engine.clock.SystemClock;
import io.telesim.engine.journal.CommandJournal;
import io.telesim.engine.journal.FsyncPolicy;
import io.telesim.engine.pipeline.EngineCore;
import io.telesim.engine.pipeline.IdempotencyTable;
import io.telesim.engine.pipeline.InMemoryAccounts;
import io.telesim.engine.pipeline.StatementSink;

/**
 * The state of an engine on files, after a burst of load with checkpoints taken along the way, is exactly
 * its journal applied again in memory: live application and replay agree to the kopeck.
 */
class LiveStateIsTheJournalReplayedTest {
    @TempDir
    Path data;

    @Test
    void shouldEndInTheStateOfItsJournalReplayedInMemory() throws Exception {
        Catalog catalog = TestCatalogs.standard();
        long interval = 200;
        EngineSettings settings = EngineSettings.defaults().withMaxAccounts(1_000).withRingSize(1024).withOpenSessions(1_000)
                .withIdempotencyWindow(1 << 20).withCheckpointInterval(Duration.ofMillis(interval));
        long[] live = new long[5];
        long commands;
        try (Engine engine = Engine.open(data, catalog, new SystemClock(), settings, NotificationSink.NONE)) {
            Command c = new Command();
            for (int i = 0; i < 5; i++) {
                engine.call(c.set(CommandType.PROVISION, 100 + i, 79160100000L + i).item(catalog.tariffIndex("go")).amount(100_000)).get();
            }
            SplittableRandom random = new SplittableRandom(1);
            long id = 1000;
            long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(1_500);
            while (System.nanoTime() < end) {
                long who = 79160100000L + random.nextInt(5);
                switch (random.nextInt(4)) {
                    case 0 -> c.set(CommandType.TOP_UP, id++, who).amount(1_000 + random.nextInt(100_000));
                    case 1 -> c.set(CommandType.CHARGE_SMS, id++, who).other(TestNumbers.MOSCOW_OTHER).amount(1);
                    case 2 -> c.set(CommandType.CHARGE_SESSION, id++, who).item(UsageKind.VOICE.ordinal()).other(TestNumbers.MOSCOW_OTHER).amount(100);
                    default -> c.set(CommandType.TRANSFER, id++, who).other(79160100000L + random.nextInt(5)).amount(1_000);
                }
                while (engine.submit(c, null) != SubmitStatus.ACCEPTED) {
                    Thread.onSpinWait();
                }
            }
            for (int i = 0; i < 5; i++) {
                live[i] = readWhenTheRingHasRoom(engine, 79160100000L + i).balance();
            }
            commands = id - 1000;
        }
        assertTrue(commands > 10_000, "too little load to mean anything: " + commands);
        EngineCore fresh = new EngineCore(new BillingRules(catalog), new InMemoryAccounts(1000), new ReservationTable(1000),
                new GiftLedger(), new IdempotencyTable(1 << 20));
        try (CommandJournal journal = CommandJournal.open(data.resolve("journal"), FsyncPolicy.NONE, System::nanoTime)) {
            journal.replay(CommandJournal.BEFORE_FIRST, (record, buffer, offset, length) ->
                    fresh.replayRecord(record, buffer, offset, length, CommandJournal.BEFORE_FIRST, StatementSink.NONE, false,
                            EngineCore.Replayed.NONE));
        }
        AccountRecord a = new AccountRecord();
        for (int i = 0; i < 5; i++) {
            assertTrue(fresh.accounts().find(79160100000L + i, a));
            assertEquals(live[i], a.balance(), "account " + (79160100000L + i));
        }
    }

    /** The ring may still be full of the commands just submitted: a read answered BUSY is asked again. */
    private static ReplySnapshot readWhenTheRingHasRoom(Engine engine, long msisdn) throws Exception {
        while (true) {
            try {
                return engine.read(msisdn).get();
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof EngineBusyException)) {
                    throw e;
                }
                Thread.sleep(1);
            }
        }
    }
}
