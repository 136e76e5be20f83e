package io.telesim.engine.statement;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import net.openhft.chronicle.bytes.Bytes;
import org.rocksdb.CompressionType;
import org.rocksdb.Options;
import org.rocksdb.RocksDB;
import org.rocksdb.RocksDBException;
import org.rocksdb.WriteBatch;
import org.rocksdb.WriteOptions;

/**
 * Measures the write paths a statement store could take, on the same records: the statement store
 * (log and heads), the log alone, and RocksDB with and without its write-ahead log, in batches of
 * 1,000 as they leave the engine's ring. Each path writes into a fresh directory: a warm-up run, then
 * timed runs of the write loop (opening and closing are not timed); it reports records per second
 * (median and range) and the CPU the whole process used per second of loop, which counts RocksDB's
 * background flushes and compactions. A baseline fills the records and writes nothing.
 *
 * <pre>
 * ./mvnw -o -q -pl engine -am test-compile
 * ./mvnw -o -q -pl engine dependency:build-classpath -Dmdep.outputFile=target/test-cp.txt -Dmdep.includeScope=test
 * FLAGS=$(sed -n 's:.*&lt;telesim.jvm.flags&gt;\(.*\)&lt;/telesim.jvm.flags&gt;.*:\1:p' pom.xml)
 * java $FLAGS -Xmx4g -cp engine/target/test-classes:engine/target/classes:$(cat engine/target/test-cp.txt) \
 *   io.telesim.engine.statement.StatementWriteComparison [records] [numbers] [trials]
 * </pre>
 */
public final class StatementWriteComparison {

    private static final int BATCH = 1_000;
    private static final long ROCKS_MEMTABLE = 128L << 20;

    private final SyntheticTraffic traffic;
    private final int numbers;
    private final StatementRecord record = new StatementRecord();
    private final NumberChain noLinks = new NumberChain();
    private final Bytes<?> encoded = Bytes.allocateElasticDirect(RecordLayout.LENGTH);
    private final byte[] key = new byte[20];
    private final byte[] value = new byte[RecordLayout.LENGTH - 16];
    private final ByteBuffer keyBuffer = ByteBuffer.wrap(key).order(ByteOrder.BIG_ENDIAN);

    private StatementWriteComparison(SyntheticTraffic traffic, int numbers) {
        this.traffic = traffic;
        this.numbers = numbers;
        noLinks.linksOf(RecordLayout.NONE, RecordLayout.NONE, 0, false);
    }

    /** One way of writing the run's records into a directory; returns a sum of what it wrote, so nothing is dead code. */
    interface WritePath {
        long write(Path directory, Stopwatch stopwatch) throws Exception;
    }

    /** Wall and whole-process CPU time of the write loop alone: opening and closing a store is not the hot path. */
    static final class Stopwatch {
        private final com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        private long wall;
        private long cpu;

        void start() {
            cpu = os.getProcessCpuTime();
            wall = System.nanoTime();
        }

        void stop() {
            wall = System.nanoTime() - wall;
            cpu = os.getProcessCpuTime() - cpu;
        }
    }

    public static void main(String[] args) throws Exception {
        int records = args.length > 0 ? Integer.parseInt(args[0]) : 5_000_000;
        int numbers = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        int trials = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        long start = Records.at("2026-01-01T00:00:00Z");
        StatementWriteComparison comparison = new StatementWriteComparison(
                new SyntheticTraffic(records, numbers, start, Records.at("2026-05-01T00:00:00Z"), 42), numbers);
        System.out.printf(Locale.ROOT, "%,d records over %,d numbers, batches of %,d, %d timed trials per path, %d cores%n",
                records, numbers, BATCH, trials, Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "%-34s %12s %20s %10s %12s%n", "path", "M records/s", "range", "cores", "disk B/rec");
        comparison.measure("baseline: fill records only", comparison::fillOnly, trials, records);
        comparison.measure("statement store, new numbers", (d, s) -> comparison.statementStore(d, s, false), trials, records);
        comparison.measure("statement store, numbers seen", (d, s) -> comparison.statementStore(d, s, true), trials, records);
        comparison.measure("statement log alone (queue)", comparison::logAlone, trials, records);
        comparison.measure("RocksDB, WAL off", (d, s) -> comparison.rocks(d, s, true), trials, records);
        comparison.measure("RocksDB, WAL on (no fsync)", (d, s) -> comparison.rocks(d, s, false), trials, records);
    }

    private void measure(String name, WritePath path, int trials, int records) throws Exception {
        double[] rates = new double[trials];
        double cores = 0;
        long disk = 0;
        long consumed = 0;
        for (int trial = -1; trial < trials; trial++) {
            Path directory = Files.createTempDirectory("statement-comparison");
            try {
                Stopwatch stopwatch = new Stopwatch();
                consumed += path.write(directory, stopwatch);
                if (trial >= 0) {
                    rates[trial] = records * 1e3 / stopwatch.wall;
                    cores += (double) stopwatch.cpu / stopwatch.wall / trials;
                    disk = TestFiles.diskBytes(directory);
                }
            } finally {
                TestFiles.deleteTree(directory);
            }
        }
        Arrays.sort(rates);
        System.out.printf(Locale.ROOT, "%-34s %12.2f %9.2f .. %7.2f %10.2f %12.1f   (%d)%n", name, rates[trials / 2], rates[0],
                rates[trials - 1], cores, (double) disk / records, consumed & 0xF);
    }

    private long fillOnly(Path directory, Stopwatch stopwatch) {
        long sum = 0;
        stopwatch.start();
        for (int i = 0; i < traffic.records(); i++) {
            sum += traffic.fill(i, record).timeMillis();
        }
        stopwatch.stop();
        return sum;
    }

    /**
     * @param numbersSeen first give every number one record, untimed: the engine's steady state, where
     *                    the heads of its numbers are known
     */
    private long statementStore(Path directory, Stopwatch stopwatch, boolean numbersSeen) throws IOException {
        long sum = 0;
        try (StatementStore store = StatementStore.open(StatementStoreConfig.in(directory).withExpectedNumbers(numbers))) {
            if (numbersSeen) {
                for (int n = 0; n < numbers; n++) {
                    store.append(traffic.fill(0, record).msisdn(SyntheticTraffic.FIRST_NUMBER + n));
                }
            }
            stopwatch.start();
            for (int i = 0; i < traffic.records(); i++) {
                sum += store.appendToChunk(traffic.fill(i, record));
                if (i % BATCH == BATCH - 1) {
                    store.endOfBatch();
                }
            }
            stopwatch.stop();
        }
        return sum;
    }

    private long logAlone(Path directory, Stopwatch stopwatch) {
        long sum = 0;
        try (StatementLog log = StatementLog.open(directory.toFile(), StatementStoreConfig.DEFAULT_BLOCK_SIZE)) {
            stopwatch.start();
            for (int i = 0; i < traffic.records(); i++) {
                sum += log.append(traffic.fill(i, record), noLinks);
                if (log.full()) {
                    log.commit();
                }
            }
            stopwatch.stop();
        }
        return sum;
    }

    /** Key: number, time and record index, big-endian so one number's records sort by time; value: the record without links. */
    private long rocks(Path directory, Stopwatch stopwatch, boolean walOff) throws RocksDBException {
        RocksDB.loadLibrary();
        long sum = 0;
        try (Options options = new Options().setCreateIfMissing(true).setCompressionType(CompressionType.LZ4_COMPRESSION)
                .setWriteBufferSize(ROCKS_MEMTABLE);
             WriteOptions writeOptions = new WriteOptions().setDisableWAL(walOff);
             RocksDB db = RocksDB.open(options, directory.toString());
             WriteBatch batch = new WriteBatch()) {
            stopwatch.start();
            for (int i = 0; i < traffic.records(); i++) {
                traffic.fill(i, record);
                keyBuffer.putLong(0, record.msisdn()).putLong(8, record.timeMillis()).putInt(16, i);
                encodeValue();
                batch.put(key, value);
                sum += value[0];
                if (i % BATCH == BATCH - 1) {
                    db.write(writeOptions, batch);
                    batch.clear();
                }
            }
            db.write(writeOptions, batch);
            stopwatch.stop();
        }
        return sum;
    }

    /** The statement log's bytes of the record, less the 16 bytes of chain links RocksDB's key order makes unnecessary. */
    private void encodeValue() {
        encoded.clear();
        RecordLayout.write(record, noLinks, encoded, 0);
        encoded.writeSkip(RecordLayout.LENGTH);
        encoded.read(value, 0, 80);
        encoded.readSkip(16);
        encoded.read(value, 80, value.length - 80);
    }
}
