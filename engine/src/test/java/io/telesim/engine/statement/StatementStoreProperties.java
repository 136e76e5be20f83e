package io.telesim.engine.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.telesim.billing.rating.UsageKind;
import io.telesim.billing.result.MovementKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Whatever records are written, in whatever time order the clock gives them, and across a reopen, a
 * query returns exactly the model's answer: the number's records of the period, newest first, each once.
 */
class StatementStoreProperties {

    private static final long[] NUMBERS = {Records.ALICE, Records.BOB, Records.CAROL};
    private static final long START = Records.at("2026-01-01T00:00:00Z");
    private static final long DAY = 86_400_000L;
    private static final List<KindFilter> FILTERS = List.of(KindFilter.ALL, KindFilter.credits(), KindFilter.usage(),
            KindFilter.of(UsageKind.SMS), KindFilter.of(MovementKind.TARIFF_FEE, MovementKind.TOP_UP));

    /** One record to write: whose, how far the clock moved since the previous record, and what it is. */
    record Write(int number, long step, int kind) {
    }

    /** One question: whose statement, which period, which kinds, in pages of what size. */
    record Question(int number, long fromOffset, long length, int filter, int pageSize) {
    }

    @Property(tries = 80)
    void aQueryAnswersExactlyTheNumbersRecordsOfThePeriodNewestFirst(@ForAll("writes") List<Write> writes,
                                                                     @ForAll("questions") List<Question> questions) throws IOException {
        Path directory = Files.createTempDirectory("statement-property");
        StatementModel model = new StatementModel();
        try {
            long time = START;
            int half = writes.size() / 2;
            try (StatementStore store = TestStores.open(directory)) {
                time = write(store, model, writes.subList(0, half), time);
            }
            try (StatementStore store = TestStores.open(directory)) {
                write(store, model, writes.subList(half, writes.size()), time);
                for (Question question : questions) {
                    long msisdn = NUMBERS[question.number()];
                    long from = START + question.fromOffset();
                    long to = from + question.length();
                    KindFilter filter = FILTERS.get(question.filter());

                    List<StatementRecord> answer = allPages(store, msisdn, from, to, filter, question.pageSize());

                    assertEquals(model.query(msisdn, from, to, filter), answer, question.toString());
                }
            }
        } finally {
            TestFiles.deleteTree(directory);
        }
    }

    private static long write(StatementStore store, StatementModel model, List<Write> writes, long time) {
        for (Write write : writes) {
            time = Math.max(0, time + write.step());
            StatementRecord record = new StatementRecord().msisdn(NUMBERS[write.number()]).timeMillis(time)
                    .money(-write.kind()).eventId(time).journalPosition(model.size());
            if (write.kind() < UsageKind.values().length) {
                record.usage(UsageKind.ofOrdinal(write.kind()));
            } else {
                record.movement(MovementKind.ofOrdinal(write.kind() - UsageKind.values().length));
            }
            store.append(record);
            model.append(record);
        }
        store.endOfBatch();
        return time;
    }

    private static List<StatementRecord> allPages(StatementStore store, long msisdn, long from, long to, KindFilter filter,
                                                  int pageSize) {
        List<StatementRecord> all = new ArrayList<>();
        long cursor = Page.FIRST;
        do {
            Page page = store.query(msisdn, from, to, filter, pageSize, cursor);
            assertTrue(page.records().size() <= pageSize);
            assertTrue(!page.hasMore() || page.records().size() == pageSize, "a short page before the last");
            all.addAll(page.records());
            cursor = page.nextCursor();
        } while (cursor != Page.END);
        return all;
    }

    /**
     * Up to 300 records, mostly forward in time by up to three days, sometimes back by up to forty
     * (a clock that stepped back, across a month boundary or not).
     */
    @Provide
    Arbitrary<List<Write>> writes() {
        Arbitrary<Long> step = Arbitraries.frequencyOf(
                Tuple.of(9, Arbitraries.longs().between(0, 3 * DAY)),
                Tuple.of(1, Arbitraries.longs().between(-40 * DAY, 0)));
        // Kinds that link or end a number's history (number replacement, termination) have tests of their own.
        Arbitrary<Integer> kinds = Arbitraries.integers().between(0, UsageKind.values().length + MovementKind.NUMBER_REPLACED_FROM.ordinal() - 1);
        return Combinators.combine(Arbitraries.integers().between(0, NUMBERS.length - 1), step, kinds)
                .as(Write::new).list().ofMaxSize(300);
    }

    /** Periods from a moment to a whole season, starting anywhere in the first eight months of 2026. */
    @Provide
    Arbitrary<List<Question>> questions() {
        Arbitrary<Long> fromOffset = Arbitraries.oneOf(
                Arbitraries.longs().between(-10 * DAY, 240 * DAY),
                Arbitraries.of(0L, 31 * DAY, 59 * DAY, 90 * DAY, 120 * DAY));
        Arbitrary<Long> length = Arbitraries.oneOf(
                Arbitraries.longs().between(0, 150 * DAY),
                Arbitraries.of(28 * DAY, 30 * DAY, 31 * DAY, Long.MAX_VALUE / 2));
        return Combinators.combine(Arbitraries.integers().between(0, NUMBERS.length - 1), fromOffset, length,
                        Arbitraries.integers().between(0, FILTERS.size() - 1), Arbitraries.integers().between(1, 40))
                .as(Question::new).list().ofMinSize(1).ofMaxSize(12);
    }
}
