package io.telesim.simulator.offline;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.telesim.billing.rating.UsageKind;
import io.telesim.billing.result.MovementKind;
import io.telesim.billing.result.Outcome;

/** A number's totals over its statement: events rated, cut short and refused by reason, money by kind. */
public final class NumberTotals {

    private int events;
    private int rated;
    private int cutShort;
    private final Map<Outcome, Integer> refused = new EnumMap<>(Outcome.class);
    private final Map<UsageKind, Long> usageMoney = new EnumMap<>(UsageKind.class);
    private final Map<MovementKind, Long> movements = new EnumMap<>(MovementKind.class);

    private NumberTotals() {
    }

    public static NumberTotals of(List<StatementLine> lines) {
        NumberTotals totals = new NumberTotals();
        for (StatementLine line : lines) {
            if (line instanceof UsageLine usage) {
                totals.events++;
                if (usage.refused()) {
                    totals.refused.merge(usage.outcome(), 1, Integer::sum);
                } else {
                    totals.rated++;
                    totals.cutShort += usage.cutShort() ? 1 : 0;
                    totals.usageMoney.merge(usage.kind(), -usage.money(), Long::sum);
                }
            } else if (line instanceof MovementLine movement) {
                totals.movements.merge(movement.kind(), Math.abs(movement.money()), Long::sum);
            }
        }
        return totals;
    }

    public int events() {
        return events;
    }

    /** Events charged or carried free, cut short or not. */
    public int rated() {
        return rated;
    }

    public int cutShort() {
        return cutShort;
    }

    public int refusedCount() {
        return refused.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Refused events by why. */
    public Map<Outcome, Integer> refused() {
        return refused;
    }

    /** Kopecks charged for usage of {@code kind}. */
    public long usageMoney(UsageKind kind) {
        return usageMoney.getOrDefault(kind, 0L);
    }

    /** Kopecks moved by {@code kind} (fees, opening balance), as a positive amount. */
    public long moved(MovementKind kind) {
        return movements.getOrDefault(kind, 0L);
    }

    /** Every kopeck charged: usage and all fees. */
    public long totalCharged() {
        long total = 0;
        for (long money : usageMoney.values()) {
            total += money;
        }
        for (Map.Entry<MovementKind, Long> movement : movements.entrySet()) {
            if (!movement.getKey().isCredit()) {
                total += movement.getValue();
            }
        }
        return total;
    }
}
