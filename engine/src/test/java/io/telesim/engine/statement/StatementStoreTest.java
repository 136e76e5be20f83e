package io.telesim.engine.statement;

import static io.telesim.engine.statement.Records.ALICE;
import static io.telesim.engine.statement.Records.BOB;
import static io.telesim.engine.statement.Records.at;
import static io.telesim.engine.statement.Records.call;
import static io.telesim.engine.statement.Records.movement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.telesim.billing.result.MovementKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatementStoreTest {

    private static final long EVER = Long.MAX_VALUE;

    @TempDir
    Path directory;

    @Test
    void shouldListThePeriodsRecordsNewestFirstAcrossMonths() throws Exception {
        List<StatementRecord> alice = new ArrayList<>();
        try (StatementStore store = TestStores.open(directory)) {
            String[] days = {"2026-01-10", "2026-01-31", "2026-02-01", "2026-02-14", "2026-03-03", "2026-03-31", "2026-04-02"};
            for (int i = 0; i < days.length; i++) {
                StatementRecord record = call(ALICE, at(days[i] + "T12:00:00Z"), BOB, 30 + i, 100 + i, 10 * i + 1);
                alice.add(record);
                store.append(record);
                store.append(call(BOB, at(days[i] + "T12:00:01Z"), ALICE, 60, 200, 10 * i + 2));
            }

            Page page = store.query(ALICE, at("2026-01-31T00:00:00Z"), at("2026-03-31T12:00:00Z"), 100, Page.FIRST);

            assertEquals(List.of(alice.get(4), alice.get(3), alice.get(2), alice.get(1)), page.records());
            assertFalse(page.hasMore());
        }
    }

    @Test
    void shouldIncludeTheStartOfThePeriodAndExcludeItsEnd() throws Exception {
        try (StatementStore store = TestStores.open(directory)) {
            StatementRecord first = call(ALICE, at("2026-05-01T00:00:00Z"), BOB, 10, 10, 1);
            StatementRecord atEnd = call(ALICE, at("2026-06-01T00:00:00Z"), BOB, 10, 10, 2);
            store.append(first);
            store.append(atEnd);

            Page may = store.query(ALICE, at("2026-05-01T00:00:00Z"), at("2026-06-01T00:00:00Z"), 10, Page.FIRST);

            assertEquals(List.of(first), may.records());
        }
    }

    @Test
    void shouldAnswerAnEmptyLastPageForANumberWithoutRecords() throws Exception {
        try (StatementStore store = TestStores.open(directory)) {
            store.append(call(ALICE, at("2026-01-10T12:00:00Z"), BOB, 30, 100, 1));

            Page page = store.query(BOB, 0, EVER, 10, Page.FIRST);

            assertTrue(page.records().isEmpty());
            assertFalse(page.hasMore());
            assertEquals(Page.END, page.nextCursor());
        }
    }

    @Test
    void shouldShowPaymentHistoryAsTheCreditsOfTheSameStatement() throws Exception {
        try (StatementStore store = TestStores.open(directory)) {
            long day = at("2026-02-01T09:00:00Z");
            StatementRecord topUp = movement(ALICE, day, MovementKind.TOP_UP, 50_000, 1);
            StatementRecord fee = movement(ALICE, day + 1, MovementKind.TARIFF_FEE, 1_000, 2);
            StatementRecord transfer = movement(ALICE, day + 2, MovementKind.TRANSFER_IN, 3_000, 3);
            StatementRecord call = call(ALICE, day + 3, BOB, 61, 250, 4);
            StatementRecord promised = movement(ALICE, day + 4, MovementKind.PROMISED_CREDIT, 10_000, 5);
            for (StatementRecord record : List.of(topUp, fee, transfer, call, promised)) {
                store.append(record);
            }

            Page payments = store.query(ALICE, 0, EVER, KindFilter.credits(), 10, Page.FIRST);
            Page usage = store.query(ALICE, 0, EVER, KindFilter.usage(), 10, Page.FIRST);

            assertEquals(List.of(promised, transfer, topUp), payments.records());
            assertEquals(List.of(call), usage.records());
        }
    }

    @Test
    void shouldKeepEveryRecordAndKeepChainingAfterReopening() throws Exception {
        StatementRecord january = call(ALICE, at("2026-01-05T08:00:00Z"), BOB, 20, 50, 1);
        StatementRecord february = call(ALICE, at("2026-02-05T08:00:00Z"), BOB, 20, 50, 2);
        StatementRecord march = call(ALICE, at("2026-03-05T08:00:00Z"), BOB, 20, 50, 3);
        long februaryPosition;
        try (StatementStore store = TestStores.open(directory)) {
            store.append(january);
            februaryPosition = store.append(february);
            store.endOfBatch();
        }
        try (StatementStore store = TestStores.open(directory)) {
            assertEquals(februaryPosition, store.lastPosition());
            assertEquals(2, store.lastJournalPosition());
            assertEquals(1, store.numbers());
            store.append(march);

            Page all = store.query(ALICE, 0, EVER, 10, Page.FIRST);

            assertEquals(List.of(march, february, january), all.records());
            assertEquals(februaryPosition, all.records().get(1).position());
        }
    }

    @Test
    void shouldFindRecordsWrittenWhileTheClockSteppedBack() throws Exception {
        try (StatementStore store = TestStores.open(directory)) {
            StatementRecord march = call(ALICE, at("2026-03-10T08:00:00Z"), BOB, 20, 50, 1);
            StatementRecord lateFebruary = call(ALICE, at("2026-02-27T08:00:00Z"), BOB, 20, 50, 2);
            StatementRecord marchAgain = call(ALICE, at("2026-03-11T08:00:00Z"), BOB, 20, 50, 3);
            store.append(march);
            store.append(lateFebruary);
            store.append(marchAgain);

            Page february = store.query(ALICE, at("2026-02-01T00:00:00Z"), at("2026-03-01T00:00:00Z"), 10, Page.FIRST);
            Page march10 = store.query(ALICE, at("2026-03-10T00:00:00Z"), at("2026-03-11T00:00:00Z"), 10, Page.FIRST);

            assertEquals(List.of(lateFebruary), february.records());
            assertEquals(List.of(march), march10.records());
        }
    }

    @Test
    void shouldReadOnlyTheAskedMonthsRecordsOfABusyNumber() throws Exception {
        try (StatementStore store = TestStores.open(directory)) {
            long january = at("2026-01-01T00:00:00Z");
            for (int i = 0; i < 3_000; i++) {
                store.append(call(ALICE, january + i * 600_000L, BOB, 10, 10, i));
            }
            StatementRecord march = call(ALICE, at("2026-03-02T00:00:00Z"), BOB, 10, 10, 10_000);
            store.append(march);
            for (int i = 0; i < 3_000; i++) {
                store.append(call(ALICE, at("2026-04-01T00:00:00Z") + i * 600_000L, BOB, 10, 10, 20_000 + i));
            }

            try (LogReader reader = TestStores.reader(store)) {
                StatementWalk walk = new StatementWalk(reader, ALICE, at("2026-02-01T00:00:00Z"), at("2026-04-01T00:00:00Z"),
                        KindFilter.ALL, store.lastPosition());
                assertTrue(walk.next());
                assertEquals(march.eventId(), RecordLayout.read(reader.record(), walk.position(), new StatementRecord()).eventId());
                assertFalse(walk.next());
                assertTrue(reader.recordsRead() <= 3, "records read: " + reader.recordsRead());
            }
        }
    }

    @Test
    void shouldRefuseACursorThatIsNotInTheNumbersStatement() throws Exception {
        try (StatementStore store = TestStores.open(directory)) {
            long bobs = store.append(call(BOB, at("2026-01-10T12:00:00Z"), ALICE, 30, 100, 1));
            store.append(call(ALICE, at("2026-01-10T12:00:01Z"), BOB, 30, 100, 2));

            assertThrows(IllegalArgumentException.class, () -> store.query(ALICE, 0, EVER, 10, bobs));
            assertThrows(IllegalArgumentException.class, () -> store.query(ALICE, 0, EVER, 10, 12_345));
            assertThrows(IllegalArgumentException.class, () -> store.query(ALICE, 0, EVER, 0, Page.FIRST));
        }
    }

    @Test
    void shouldRefuseARecordWithoutANumberOrBefore1970() throws Exception {
        try (StatementStore store = TestStores.open(directory)) {
            assertThrows(IllegalArgumentException.class, () -> store.append(call(0, 1_000, BOB, 1, 1, 1)));
            assertThrows(IllegalArgumentException.class, () -> store.append(call(ALICE, -1, BOB, 1, 1, 1)));
            assertEquals(StatementStore.NO_RECORD, store.lastPosition());
        }
    }

    @Test
    void shouldAssertThatOnlyOneThreadWrites() throws Exception {
        ExecutorService other = Executors.newSingleThreadExecutor();
        try (StatementStore store = TestStores.open(directory)) {
            store.append(call(ALICE, at("2026-01-10T12:00:00Z"), BOB, 30, 100, 1));

            Future<Long> second = other.submit(() -> store.append(call(ALICE, at("2026-01-10T12:00:01Z"), BOB, 30, 100, 2)));

            Throwable refused = assertThrows(Exception.class, second::get).getCause();
            assertTrue(refused instanceof AssertionError, String.valueOf(refused));
        } finally {
            other.shutdownNow();
        }
    }
}
