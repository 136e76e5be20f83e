package io.telesim.engine.statement;

import static io.telesim.engine.statement.Records.ALICE;
import static io.telesim.engine.statement.Records.BOB;
import static io.telesim.engine.statement.Records.at;
import static io.telesim.engine.statement.Records.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StatementPagingTest {

    private static final long FROM = at("2026-01-01T00:00:00Z");
    private static final long TO = at("2026-05-01T00:00:00Z");

    @TempDir
    Path directory;

    @ParameterizedTest(name = "pages of {0}")
    @ValueSource(ints = {1, 7, 50, 99, 100, 101, 1_000})
    void shouldPageThroughEveryRecordOnceNewestFirst(int pageSize) throws Exception {
        try (StatementStore store = TestStores.open(directory)) {
            List<StatementRecord> expected = appendCallsEveryDay(store);

            List<StatementRecord> seen = new ArrayList<>();
            Set<Long> positions = new HashSet<>();
            long cursor = Page.FIRST;
            int pages = 0;
            do {
                Page page = store.query(ALICE, FROM, TO, pageSize, cursor);
                assertTrue(page.records().size() <= pageSize);
                assertTrue(!page.hasMore() || page.records().size() == pageSize, "only the last page is short");
                for (StatementRecord record : page.records()) {
                    assertTrue(positions.add(record.position()), "seen twice: " + record);
                }
                seen.addAll(page.records());
                cursor = page.nextCursor();
                pages++;
            } while (cursor != Page.END);

            assertEquals(expected, seen);
            assertEquals(Math.max(1, (expected.size() + pageSize - 1) / pageSize), pages, "no empty trailing page");
        }
    }

    @Test
    void shouldAnswerAnEmptyPageForTheEndCursor() throws Exception {
        try (StatementStore store = TestStores.open(directory)) {
            appendCallsEveryDay(store);

            Page page = store.query(ALICE, FROM, TO, 10, Page.END);

            assertTrue(page.records().isEmpty());
            assertFalse(page.hasMore());
        }
    }

    @Test
    void shouldNotShowRecordsAppendedAfterTheFirstPageOnLaterPages() throws Exception {
        try (StatementStore store = TestStores.open(directory)) {
            List<StatementRecord> expected = appendCallsEveryDay(store);
            Page first = store.query(ALICE, FROM, TO, 10, Page.FIRST);

            store.append(call(ALICE, at("2026-04-30T23:00:00Z"), BOB, 1, 1, 99_999));
            Page second = store.query(ALICE, FROM, TO, 10, first.nextCursor());

            assertEquals(expected.subList(10, 20), second.records());
        }
    }

    /** One call a day from January to April, with Bob's calls in between; Alice's newest first. */
    private static List<StatementRecord> appendCallsEveryDay(StatementStore store) {
        List<StatementRecord> alice = new ArrayList<>();
        for (int day = 0; day < 120; day++) {
            StatementRecord record = call(ALICE, FROM + day * 86_400_000L, BOB, day, day, 2L * day);
            store.append(record);
            store.append(call(BOB, FROM + day * 86_400_000L + 1, ALICE, day, day, 2L * day + 1));
            alice.add(0, record);
        }
        return alice;
    }
}
