package io.telesim.engine;

import static io.telesim.billing.TestNumbers.ANNA;
import static io.telesim.billing.TestNumbers.BORIS;
import static io.telesim.billing.TestNumbers.MOSCOW_OTHER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.telesim.billing.TestCatalogs;
import io.telesim.billing.TestTimes;
import io.telesim.billing.catalog.Catalog;
import io.telesim.billing.rating.UsageKind;
import io.telesim.billing.result.MovementKind;
import io.telesim.billing.result.Outcome;
import io.telesim.engine.clock.ManualClock;
import io.telesim.engine.statement.KindFilter;
import io.telesim.engine.statement.Page;

/** An engine on files keeps its state, statements and idempotency across a restart. */
class PersistentEngineTest {

    @TempDir
    Path data;

    private final Catalog catalog = TestCatalogs.standard();
    private final ManualClock clock = new ManualClock(TestTimes.MID_MARCH);
    private final EngineSettings settings = EngineSettings.defaults().withMaxAccounts(1_000).withRingSize(1024)
            .withIdempotencyWindow(10_000).withOpenSessions(1_000).withCheckpointInterval(Duration.ofHours(1));

    private Engine open() throws IOException {
        return Engine.open(data, catalog, clock, settings, NotificationSink.NONE);
    }

    private static ReplySnapshot call(Engine engine, Command command) throws Exception {
        return engine.call(command).get(10, TimeUnit.SECONDS);
    }

    @Test
    void shouldKeepAccountsStatementsAndOpenSessionsAcrossACleanRestart() throws Exception {
        long balance;
        try (Engine engine = open()) {
            call(engine, new Command().set(CommandType.PROVISION, 1, ANNA).item(catalog.tariffIndex("go")).amount(100_000));
            call(engine, new Command().set(CommandType.TOP_UP, 2, ANNA).amount(50_000));
            call(engine, new Command().set(CommandType.CHARGE_SMS, 3, ANNA).other(MOSCOW_OTHER).amount(2));
            call(engine, new Command().set(CommandType.RESERVE, 4, ANNA).sessionId(9).item(UsageKind.VOICE.ordinal())
                    .other(MOSCOW_OTHER).amount(300));
            balance = engine.read(ANNA).get(10, TimeUnit.SECONDS).balance();
        }

        try (Engine engine = open()) {
            assertEquals(0, engine.replayedAtStart(), "a clean stop leaves nothing to replay");
            assertEquals(balance, engine.read(ANNA).get(10, TimeUnit.SECONDS).balance());
            ReplySnapshot again = call(engine, new Command().set(CommandType.TOP_UP, 2, ANNA).amount(50_000));
            assertTrue(again.duplicate(), "the idempotency window survives the restart");
            ReplySnapshot committed = call(engine, new Command().set(CommandType.COMMIT, 5, ANNA).sessionId(9).amount(60));
            assertEquals(Outcome.OK, committed.outcome(), "the open session survives the restart");
            assertEquals(balance - 250, committed.balance());

            Page page = engine.statements().query(ANNA, 0, Long.MAX_VALUE, KindFilter.ALL, 50, Page.FIRST);
            assertEquals(4, page.records().size(), "opening balance, top-up, SMS, call: " + page.records());
            long sum = page.records().stream().mapToLong(r -> r.money()).sum();
            assertEquals(committed.balance(), sum, "the statement reconciles with the balance");
        }
    }

    @Test
    void shouldRefuseALiveStateDirectoryWithoutRoomForTheMapBeforeMappingAnything(@TempDir Path memory) throws Exception {
        // Sized for more accounts than the directory's file system has room for: on a full tmpfs the mapped file
        // would kill the process with SIGBUS at its first store, so the engine must refuse it up front.
        long tooMany = Files.getFileStore(memory).getUsableSpace() / 512 + 2_000_000;
        EngineSettings tooSmall = settings.withMaxAccounts(tooMany).withLiveState(memory);

        IOException refused = assertThrows(IOException.class, () -> Engine.open(data, catalog, clock, tooSmall, NotificationSink.NONE));

        assertTrue(refused.getMessage().startsWith("the live state directory " + memory.toAbsolutePath()), refused.getMessage());
        assertTrue(refused.getMessage().contains("for " + tooMany + " accounts need about"), refused.getMessage());
        try (Stream<Path> files = Files.walk(memory)) {
            assertFalse(files.anyMatch(file -> file.getFileName().toString().equals("accounts.map")), "nothing was mapped");
        }
        try (Engine engine = Engine.open(data, catalog, clock, settings.withLiveState(memory), NotificationSink.NONE)) {
            assertEquals(Outcome.OK, call(engine, new Command().set(CommandType.PROVISION, 1, ANNA).item(catalog.tariffIndex("go"))
                    .amount(100_000)).outcome(), "the same directory takes an engine sized for it");
        }
    }

    @Test
    void shouldRestoreLiveStateKeptOutsideTheDataDirectoryWhenItIsGone(@TempDir Path memory) throws Exception {
        EngineSettings elsewhere = settings.withLiveState(memory);
        long balance;
        try (Engine engine = Engine.open(data, catalog, clock, elsewhere, NotificationSink.NONE)) {
            call(engine, new Command().set(CommandType.PROVISION, 1, ANNA).item(catalog.tariffIndex("go")).amount(100_000));
            call(engine, new Command().set(CommandType.TOP_UP, 2, ANNA).amount(50_000));
            balance = engine.read(ANNA).get(10, TimeUnit.SECONDS).balance();
        }
        for (String name : new String[] {"accounts.map", "heads.cm3"}) {
            try (Stream<Path> files = Files.walk(memory)) {
                assertTrue(files.anyMatch(file -> file.getFileName().toString().equals(name)), name + " is in the directory given");
            }
        }
        assertFalse(Files.exists(data.resolve("state").resolve("accounts.map")), "the live map is not in the data directory");
        assertFalse(Files.exists(data.resolve("statements").resolve("heads.cm3")), "nor are the statement heads");

        // A reboot empties a memory-backed directory: the engine starts from its checkpoint and journal.
        deleteRecursively(memory);
        try (Engine engine = Engine.open(data, catalog, clock, elsewhere, NotificationSink.NONE)) {
            assertEquals(balance, engine.read(ANNA).get(10, TimeUnit.SECONDS).balance());
            assertTrue(call(engine, new Command().set(CommandType.TOP_UP, 2, ANNA).amount(50_000)).duplicate());
            Page page = engine.statements().query(ANNA, 0, Long.MAX_VALUE, KindFilter.ALL, 50, Page.FIRST);
            assertEquals(2, page.records().size(), "the heads were rebuilt from the log: " + page.records());
            assertEquals(balance, page.records().stream().mapToLong(r -> r.money()).sum());
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : (Iterable<Path>) files.sorted(java.util.Comparator.reverseOrder())::iterator) {
                Files.delete(file);
            }
        }
    }

    @Test
    void shouldReplayTheJournalWhenNoCheckpointWasTaken() throws Exception {
        Engine engine = open();
        call(engine, new Command().set(CommandType.PROVISION, 1, BORIS).item(catalog.tariffIndex("go")).amount(10_000));
        call(engine, new Command().set(CommandType.TOP_UP, 2, BORIS).amount(5_000));
        // Take away the final checkpoint after a clean close: as if the process had died.
        engine.close();
        try (var files = Files.list(data.resolve("state/checkpoint"))) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.delete(file);
            }
        }

        try (Engine reopened = open()) {
            assertEquals(2, reopened.replayedAtStart());
            assertEquals(15_000, reopened.read(BORIS).get(10, TimeUnit.SECONDS).balance());
            Page page = reopened.statements().query(BORIS, 0, Long.MAX_VALUE, KindFilter.ALL, 50, Page.FIRST);
            assertEquals(2, page.records().size(), "replay wrote no statement line twice");
            assertEquals(MovementKind.TOP_UP, page.records().get(0).movementKind());
        }
    }

    @Test
    void shouldRefuseToStartOnADamagedCheckpoint() throws Exception {
        try (Engine engine = open()) {
            call(engine, new Command().set(CommandType.PROVISION, 1, ANNA).item(catalog.tariffIndex("go")).amount(10_000));
        }
        Path side;
        try (var files = Files.list(data.resolve("state/checkpoint"))) {
            side = files.filter(p -> p.getFileName().toString().startsWith("side-")).findFirst().orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(side);
        bytes[bytes.length / 2] ^= 0x55;
        Files.write(side, bytes);
        // Make recovery use the checkpoint files rather than the cleanly closed live file.
        Files.writeString(data.resolve("state/checkpoint/CHECKPOINT"), Files.readString(data.resolve("state/checkpoint/CHECKPOINT"))
                .replace("clean=true", "clean=false"));

        IOException refused = assertThrows(IOException.class, this::open);
        assertTrue(refused.getMessage().contains(side.getFileName().toString()), refused.getMessage());
    }
}
