package io.telesim.engine.statement;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.telesim.billing.number.DestinationClass;
import io.telesim.billing.rating.UsageKind;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine appends a record for nearly every command: the append path must not allocate per record. */
class StatementAllocationTest {

    private static final int NUMBERS = 1_000;
    private static final int APPENDS = 300_000;
    private static final long START = Records.at("2026-03-01T00:00:00Z");

    @TempDir
    Path directory;

    @Test
    void shouldAppendWithoutAllocatingOnceEveryNumberHasBeenSeen() throws Exception {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        StatementRecord record = new StatementRecord();
        try (StatementStore store = StatementStore.open(TestStores.config(directory).withBlockSize(1L << 30))) {
            long sum = appendRound(store, record, 0, APPENDS);

            long before = threads.getCurrentThreadAllocatedBytes();
            sum += appendRound(store, record, APPENDS, 2 * APPENDS);
            long allocated = threads.getCurrentThreadAllocatedBytes() - before;

            // one object per append would be 16 bytes each; what remains is the JIT finishing its warm-up
            assertTrue(allocated < APPENDS / 64, allocated + " bytes allocated by " + APPENDS + " appends (" + sum + ")");
        }
    }

    private static long appendRound(StatementStore store, StatementRecord record, int from, int to) {
        long sum = 0;
        for (int i = from; i < to; i++) {
            record.reset().msisdn(79_000_000_000L + i % NUMBERS).timeMillis(START + i * 10L).usage(UsageKind.SMS)
                    .party(79_260_000_000L + i).destination(DestinationClass.OFF_NET).units(1, 1, 1)
                    .balanceAfter(i).eventId(i).journalPosition(i);
            sum += store.append(record);
            if (i % 100 == 99) {
                store.endOfBatch();
            }
        }
        return sum;
    }
}
