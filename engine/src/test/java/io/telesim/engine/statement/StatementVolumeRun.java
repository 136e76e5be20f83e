package io.telesim.engine.statement;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The statement store at volume: writes tens of millions of records over a million numbers (and one
 * busy number that gets every 500th record), reopens the store, warms up with 2,000 queries, and answers
 * one-month queries, checking every answer against what was written. Prints the append rate, the disk bytes per record and the
 * query times. Too long for the unit tests; run it by hand:
 *
 * <pre>
 * ./mvnw -o -q -pl engine -am test-compile
 * ./mvnw -o -q -pl engine dependency:build-classpath -Dmdep.outputFile=target/test-cp.txt -Dmdep.includeScope=test
 * FLAGS=$(sed -n 's:.*&lt;telesim.jvm.flags&gt;\(.*\)&lt;/telesim.jvm.flags&gt;.*:\1:p' pom.xml)
 * java $FLAGS -Xmx4g -cp engine/target/test-classes:engine/target/classes:$(cat engine/target/test-cp.txt) \
 *   io.telesim.engine.statement.StatementVolumeRun [records] [numbers] [months] [block size MiB]
 * </pre>
 */
public final class StatementVolumeRun {

    private static final int BUSY_EVERY = 500;
    private static final int RANDOM_QUERIES = 2_000;
    private static final int REPEATS = 200;

    private final SyntheticTraffic traffic;
    private final int numbers;
    private final int months;
    private final long busy;
    private final long monthStart;
    private final long monthEnd;
    private final int[] recordsInMonth;

    private StatementVolumeRun(int records, int numbers, int months) {
        long start = Records.at("2026-01-01T00:00:00Z");
        this.numbers = numbers;
        this.months = months;
        this.traffic = new SyntheticTraffic(records, numbers, start, MonthWindow.startOf(MonthWindow.index(start) + months), 7);
        this.busy = SyntheticTraffic.FIRST_NUMBER + numbers;
        int queried = MonthWindow.index(start) + months / 2;
        this.monthStart = MonthWindow.startOf(queried);
        this.monthEnd = MonthWindow.startOf(queried + 1);
        this.recordsInMonth = new int[numbers + 1];
    }

    public static void main(String[] args) throws Exception {
        int records = args.length > 0 ? Integer.parseInt(args[0]) : 20_000_000;
        int numbers = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        int months = args.length > 2 ? Integer.parseInt(args[2]) : 4;
        long blockSize = args.length > 3 ? Long.parseLong(args[3]) << 20 : StatementStoreConfig.DEFAULT_BLOCK_SIZE;
        Path directory = Files.createTempDirectory("statement-volume");
        try {
            new StatementVolumeRun(records, numbers, months).run(StatementStoreConfig.in(directory)
                    .withExpectedNumbers(numbers + 1).withBlockSize(blockSize));
        } finally {
            TestFiles.deleteTree(directory);
        }
    }

    private void run(StatementStoreConfig config) throws IOException {
        StatementRecord record = new StatementRecord();
        List<Long> busyMonth = new ArrayList<>();
        long sum = 0;
        long before = System.nanoTime();
        int tenth = Math.max(1, traffic.records() / 10);
        long lastTenth = before;
        try (StatementStore store = StatementStore.open(config)) {
            for (int i = 0; i < traffic.records(); i++) {
                traffic.fill(i, record);
                if (i % BUSY_EVERY == 0) {
                    record.msisdn(busy);
                }
                sum += store.appendToChunk(record);
                if (i % 1_000 == 999) {
                    store.endOfBatch();
                }
                if ((i + 1) % tenth == 0) {
                    long now = System.nanoTime();
                    System.out.printf(Locale.ROOT, "  %,d records: %.2f M records/s over the last %,d%n",
                            i + 1, tenth * 1e3 / (now - lastTenth), tenth);
                    lastTenth = now;
                }
                if (record.timeMillis() >= monthStart && record.timeMillis() < monthEnd) {
                    recordsInMonth[(int) (record.msisdn() - SyntheticTraffic.FIRST_NUMBER)]++;
                    if (record.msisdn() == busy) {
                        busyMonth.add(record.eventId());
                    }
                }
            }
        }
        double seconds = (System.nanoTime() - before) / 1e9;
        Collections.reverse(busyMonth);
        long logBytes = TestFiles.diskBytes(config.directory().resolve("log"));
        long headsBytes = TestFiles.diskBytes(config.headsFile());
        System.out.printf(Locale.ROOT, "wrote %,d records over %,d numbers and %d months in %.1f s: %.2f M records/s (%d)%n",
                traffic.records(), numbers + 1, months, seconds, traffic.records() / seconds / 1e6, sum & 0xF);
        System.out.printf(Locale.ROOT, "disk: log %,d bytes = %.1f bytes/record; heads %,d bytes = %.1f bytes/number%n",
                logBytes, (double) logBytes / traffic.records(), headsBytes, (double) headsBytes / (numbers + 1));

        before = System.nanoTime();
        try (StatementStore store = StatementStore.open(config)) {
            System.out.printf(Locale.ROOT, "reopened in %.0f ms%n", (System.nanoTime() - before) / 1e6);
            System.out.printf(Locale.ROOT, "first query after reopening (cold code and mappings): %.1f µs%n",
                    timeOneQuery(store, SyntheticTraffic.FIRST_NUMBER + 1) / 1e3);
            for (int i = 0; i < RANDOM_QUERIES; i++) {
                timeOneQuery(store, SyntheticTraffic.FIRST_NUMBER + i);
            }
            queryOneNumber(store, SyntheticTraffic.FIRST_NUMBER + 12_345);
            queryBusyNumber(store, busyMonth);
            queryRandomNumbers(store);
        }
    }

    /** A warm-up query, or the first one: its answer is checked like every other. */
    private long timeOneQuery(StatementStore store, long number) {
        long before = System.nanoTime();
        List<StatementRecord> answer = store.query(number, monthStart, monthEnd, 1_000, Page.FIRST).records();
        long nanos = System.nanoTime() - before;
        check(answer.size() == recordsInMonth[index(number)], "month of " + number);
        return nanos;
    }

    private void queryOneNumber(StatementStore store, long number) {
        long[] nanos = new long[REPEATS];
        List<StatementRecord> answer = null;
        for (int i = 0; i < REPEATS; i++) {
            long before = System.nanoTime();
            answer = store.query(number, monthStart, monthEnd, 1_000, Page.FIRST).records();
            nanos[i] = System.nanoTime() - before;
        }
        check(answer.size() == recordsInMonth[index(number)], "one number's month: " + answer.size() + " records");
        checkMonth(answer, number);
        System.out.printf(Locale.ROOT, "one month of %d (%d records), %d times: median %.1f µs, p99 %.1f µs%n",
                number, answer.size(), REPEATS, percentile(nanos, 0.5), percentile(nanos, 0.99));
    }

    private void queryBusyNumber(StatementStore store, List<Long> expected) {
        long before = System.nanoTime();
        List<StatementRecord> answer = new ArrayList<>();
        long cursor = Page.FIRST;
        int pages = 0;
        do {
            Page page = store.query(busy, monthStart, monthEnd, 100, cursor);
            answer.addAll(page.records());
            cursor = page.nextCursor();
            pages++;
        } while (cursor != Page.END);
        long nanos = System.nanoTime() - before;
        check(answer.stream().map(StatementRecord::eventId).toList().equals(expected), "the busy number's month");
        checkMonth(answer, busy);
        System.out.printf(Locale.ROOT, "one month of the busy number %d (%d records in %d pages of 100): %.1f ms%n",
                busy, answer.size(), pages, nanos / 1e6);
    }

    private void queryRandomNumbers(StatementStore store) {
        SplittableRandom random = new SplittableRandom(11);
        long[] nanos = new long[RANDOM_QUERIES];
        long records = 0;
        for (int i = 0; i < RANDOM_QUERIES; i++) {
            long number = SyntheticTraffic.FIRST_NUMBER + random.nextInt(numbers);
            long before = System.nanoTime();
            List<StatementRecord> answer = store.query(number, monthStart, monthEnd, 1_000, Page.FIRST).records();
            nanos[i] = System.nanoTime() - before;
            check(answer.size() == recordsInMonth[index(number)], "month of " + number);
            checkMonth(answer, number);
            records += answer.size();
        }
        System.out.printf(Locale.ROOT, "one month of %,d random numbers (%.1f records each): median %.1f µs, p99 %.1f µs, max %.1f µs%n",
                RANDOM_QUERIES, (double) records / RANDOM_QUERIES, percentile(nanos, 0.5), percentile(nanos, 0.99),
                percentile(nanos, 1.0));
    }

    private void checkMonth(List<StatementRecord> answer, long number) {
        long previous = Long.MAX_VALUE;
        for (StatementRecord record : answer) {
            check(record.msisdn() == number && record.timeMillis() >= monthStart && record.timeMillis() < monthEnd
                    && record.timeMillis() <= previous, "a record out of place: " + record);
            previous = record.timeMillis();
        }
    }

    private int index(long number) {
        return (int) (number - SyntheticTraffic.FIRST_NUMBER);
    }

    private static double percentile(long[] nanos, double fraction) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] / 1e3;
    }

    private static void check(boolean condition, String what) {
        if (!condition) {
            throw new AssertionError("wrong answer: " + what);
        }
    }
}
