package io.telesim.simulator.web.statement;

import java.util.ArrayList;
import java.util.List;

import io.telesim.billing.money.Money;
import io.telesim.engine.statement.StatementRecord;

/**
 * A statement period's totals: per kind, how many lines, how much was used and what it cost; and in all,
 * what was charged and what came onto the balance. Money in kopecks: {@code charged} and {@code credited}
 * are both positive, a kind's {@code amount} is signed like its lines.
 */
public record StatementTotals(long lines, List<KindTotal> kinds, long charged, String chargedText, long credited,
                              String creditedText) {

    /**
     * One kind's totals.
     *
     * @param units  seconds, segments, bytes or requests as used ({@code unit}); 0 for money
     * @param amount signed kopecks, the sum of the kind's lines
     */
    public record KindTotal(String kind, long lines, long units, String unit, long amount, String amountText) {
    }

    /** Adds up records of one period; not thread-safe. */
    public static final class Counter {

        private final long[] lines = new long[LineKind.values().length];
        private final long[] units = new long[LineKind.values().length];
        private final long[] amounts = new long[LineKind.values().length];
        private long charged;
        private long credited;

        public void add(StatementRecord record) {
            int kind = LineKind.of(record).ordinal();
            lines[kind]++;
            units[kind] += record.usedUnits();
            amounts[kind] += record.money();
            if (record.money() < 0) {
                charged -= record.money();
            } else {
                credited += record.money();
            }
        }

        /** The totals so far, every kind listed (with zeros when it had no lines). */
        public StatementTotals totals() {
            List<KindTotal> kinds = new ArrayList<>();
            long all = 0;
            for (LineKind kind : LineKind.values()) {
                int i = kind.ordinal();
                all += lines[i];
                kinds.add(new KindTotal(kind.apiName(), lines[i], units[i], kind.unit(), amounts[i], Money.format(amounts[i])));
            }
            return new StatementTotals(all, List.copyOf(kinds), charged, Money.format(charged), credited, Money.format(credited));
        }
    }

    /** The total of {@code kind}. */
    public KindTotal of(LineKind kind) {
        return kinds.get(kind.ordinal());
    }
}
