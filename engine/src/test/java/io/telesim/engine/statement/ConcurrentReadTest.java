package io.telesim.engine.statement;

import static io.telesim.engine.statement.Records.ALICE;
import static io.telesim.engine.statement.Records.BOB;
import static io.telesim.engine.statement.Records.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A web request reads a statement while the engine writes it: it sees a whole prefix of what was written. */
class ConcurrentReadTest {

    private static final int CALLS = 200_000;
    private static final long START = Records.at("2026-01-01T00:00:00Z");

    @TempDir
    Path directory;

    @Test
    void shouldSeeEveryAppendedRecordAndNeverAHalfWrittenOne() throws Exception {
        ExecutorService reader = Executors.newSingleThreadExecutor();
        AtomicBoolean writing = new AtomicBoolean(true);
        CountDownLatch readerStarted = new CountDownLatch(1);
        try (StatementStore store = TestStores.open(directory)) {
            Future<Integer> partialViews = reader.submit(() -> {
                int partial = 0;
                long seenBefore = 0;
                readerStarted.countDown();
                while (writing.get()) {
                    List<StatementRecord> newest = store.query(ALICE, 0, Long.MAX_VALUE, 50, Page.FIRST).records();
                    if (!newest.isEmpty()) {
                        long top = newest.get(0).eventId();
                        assertTrue(top >= seenBefore, "the statement went back from " + seenBefore + " to " + top);
                        for (int i = 0; i < newest.size(); i++) {
                            StatementRecord record = newest.get(i);
                            assertEquals(top - i, record.eventId(), "a gap or a torn record: " + record);
                            assertEquals(call(ALICE, START + record.eventId() * 1_000, BOB, 30, 50, record.eventId()), record);
                        }
                        seenBefore = top;
                        partial += top < CALLS - 1 ? 1 : 0;
                    }
                }
                return partial;
            });
            readerStarted.await();
            for (long i = 0; i < CALLS; i++) {
                store.append(call(ALICE, START + i * 1_000, BOB, 30, 50, i));
                store.append(call(BOB, START + i * 1_000, ALICE, 30, 50, i));
                if (i % 64 == 63) {
                    store.endOfBatch();
                }
            }
            writing.set(false);

            int partial = partialViews.get(30, TimeUnit.SECONDS);
            assertTrue(partial > 0, "the reader never ran while the writer wrote");
            assertEquals(CALLS - 1, store.query(ALICE, 0, Long.MAX_VALUE, 1, Page.FIRST).records().get(0).eventId());
        } finally {
            reader.shutdownNow();
        }
    }
}
