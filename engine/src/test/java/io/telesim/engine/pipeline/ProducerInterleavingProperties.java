package io.telesim.engine.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.agrona.concurrent.UnsafeBuffer;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import io.telesim.billing.TestCatalogs;
import io.telesim.billing.TestNumbers;
import io.telesim.billing.TestTimes;
import io.telesim.billing.account.AccountRecord;
import io.telesim.billing.bonus.GiftLedger;
import io.telesim.billing.catalog.Catalog;
import io.telesim.billing.ops.BillingRules;
import io.telesim.billing.rating.ReservationTable;
import io.telesim.billing.rating.UsageKind;
import io.telesim.engine.Command;
import io.telesim.engine.CommandType;
import io.telesim.engine.Engine;
import io.telesim.engine.EngineSettings;
import io.telesim.engine.NotificationSink;
import io.telesim.engine.SubmitStatus;
import io.telesim.engine.clock.ManualClock;
import io.telesim.engine.journal.CommandJournal;

/**
 * Several producers submit at once, interleaved however the threads fall: the state the engine ends in is
 * exactly the state of applying its journal in order, and every kopeck on every balance is a movement
 * the statements saw.
 */
class ProducerInterleavingProperties {

    private static final long[] NUMBERS = {TestNumbers.ANNA, TestNumbers.BORIS, TestNumbers.VERA, TestNumbers.GLEB,
            TestNumbers.DARIA, TestNumbers.EGOR};
    private static final String[] TARIFFS = {"go", "smart", "ours", "family", "home"};
    private static final int PRODUCERS = 3;

    record Step(int kind, int who, int whom, long amount) {
    }

    @Property(tries = 25)
    void anyInterleavingOfProducersEndsInTheStateOfTheJournalReplayedInOrder(@ForAll("producers") List<List<Step>> producers)
            throws Exception {
        Catalog catalog = TestCatalogs.standard();
        ManualClock clock = new ManualClock(TestTimes.MID_MARCH);
        RecordingLog journal = new RecordingLog();
        MovementLedger ledger = new MovementLedger();
        EngineSettings settings = EngineSettings.defaults().withMaxAccounts(64).withRingSize(128).withWaitStrategy("yielding");
        Engine engine = Engine.inMemory(catalog, clock, settings, NotificationSink.NONE, journal, ledger);
        try {
            AtomicLong ids = new AtomicLong();
            for (int i = 0; i < NUMBERS.length; i++) {
                submitUntilAccepted(engine, new Command().set(CommandType.PROVISION, ids.incrementAndGet(), NUMBERS[i])
                        .item(catalog.tariffIndex(TARIFFS[i % TARIFFS.length])).amount(50_000));
            }
            CountDownLatch start = new CountDownLatch(1);
            List<Thread> threads = new ArrayList<>();
            for (int p = 0; p < producers.size(); p++) {
                List<Step> steps = producers.get(p);
                int producer = p;
                threads.add(new Thread(() -> run(engine, catalog, steps, producer, ids, start, clock)));
            }
            threads.forEach(Thread::start);
            start.countDown();
            for (Thread thread : threads) {
                thread.join(TimeUnit.SECONDS.toMillis(30));
            }
            byte[][] live = liveAccounts(engine);
            engine.close();

            EngineCore replayed = new EngineCore(new BillingRules(catalog), new InMemoryAccounts(64), new ReservationTable(1 << 17),
                    new GiftLedger(), new IdempotencyTable(settings.idempotencyWindow()));
            long position = 0;
            for (byte[] record : journal.records) {
                replayed.replayRecord(++position, new UnsafeBuffer(record), 0, record.length, CommandJournal.BEFORE_FIRST,
                        StatementSink.NONE, false, EngineCore.Replayed.NONE);
            }
            AccountRecord cursor = new AccountRecord();
            for (int i = 0; i < NUMBERS.length; i++) {
                assertTrue(replayed.accounts().find(NUMBERS[i], cursor));
                byte[] bytes = new byte[AccountRecord.LENGTH];
                cursor.buffer().getBytes(cursor.offset(), bytes);
                assertArrayEquals(live[i], bytes, "account " + NUMBERS[i]);
                long balance = new UnsafeBuffer(live[i]).getLong(8);
                assertEquals(balance, (long) ledger.net.getOrDefault(NUMBERS[i], 0L), "money of " + NUMBERS[i]);
            }
        } finally {
            engine.close();
        }
    }

    private static void run(Engine engine, Catalog catalog, List<Step> steps, int producer, AtomicLong ids, CountDownLatch start,
                            ManualClock clock) {
        try {
            start.await();
        } catch (InterruptedException e) {
            return;
        }
        Command command = new Command();
        List<CompletableFuture<?>> pending = new ArrayList<>();
        long session = producer * 1_000_000L;
        for (Step step : steps) {
            long who = NUMBERS[step.who()];
            long whom = NUMBERS[step.whom()];
            long id = ids.incrementAndGet();
            switch (step.kind()) {
                case 0 -> command.set(CommandType.TOP_UP, id, who).amount(1_000 + step.amount() % 100_000);
                case 1 -> command.set(CommandType.CHARGE_SMS, id, who).other(whom).amount(1 + step.amount() % 3);
                case 2 -> command.set(CommandType.CHARGE_SESSION, id, who).item(UsageKind.VOICE.ordinal()).other(TestNumbers.MOSCOW_OTHER)
                        .amount(1 + step.amount() % 900);
                case 3 -> command.set(CommandType.TRANSFER, id, who).other(whom).amount(1_000 + step.amount() % 20_000);
                case 4 -> command.set(CommandType.RESERVE, id, who).sessionId(++session).item(UsageKind.DATA.ordinal())
                        .amount(1 + step.amount() % 5_000_000);
                case 5 -> command.set(CommandType.COMMIT, id, who).sessionId(session).amount(step.amount() % 5_000_000);
                case 6 -> command.set(CommandType.CHANGE_TARIFF, id, who).item(catalog.tariffIndex(TARIFFS[(int) (step.amount() % 5)]));
                case 7 -> command.set(CommandType.BLOCK, id, who);
                case 8 -> command.set(CommandType.UNBLOCK, id, who);
                case 9 -> command.set(CommandType.PROMISED_PAYMENT, id, who).amount(10_000);
                default -> {
                    clock.advance(TestTimes.HOUR * (1 + step.amount() % 30));
                    command.set(CommandType.DAILY_SWEEP, id, 0).amount(10);
                }
            }
            CompletableFuture<?> reply = engine.call(command);
            if (reply.isCompletedExceptionally()) {
                submitUntilAccepted(engine, command);
            } else {
                pending.add(reply);
            }
        }
        pending.forEach(CompletableFuture::join);
    }

    private static void submitUntilAccepted(Engine engine, Command command) {
        while (engine.submit(command, null) != SubmitStatus.ACCEPTED) {
            Thread.onSpinWait();
        }
    }

    private static byte[][] liveAccounts(Engine engine) throws Exception {
        return engine.query(view -> {
            byte[][] all = new byte[NUMBERS.length][];
            AccountRecord copy = AccountRecord.onHeap();
            for (int i = 0; i < NUMBERS.length; i++) {
                view.account(NUMBERS[i], copy);
                all[i] = new byte[AccountRecord.LENGTH];
                copy.buffer().getBytes(copy.offset(), all[i]);
            }
            return all;
        }).get(30, TimeUnit.SECONDS);
    }

    @Provide
    Arbitrary<List<List<Step>>> producers() {
        Arbitrary<Step> step = Combinators.combine(Arbitraries.integers().between(0, 10), Arbitraries.integers().between(0, 5),
                Arbitraries.integers().between(0, 5), Arbitraries.longs().between(0, 10_000_000)).as(Step::new);
        return step.list().ofMinSize(20).ofMaxSize(200).list().ofSize(PRODUCERS);
    }
}
