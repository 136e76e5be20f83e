package io.telesim.simulator.web.business;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.telesim.billing.money.Money;
import io.telesim.billing.rating.UsageKind;
import io.telesim.billing.result.MovementKind;
import io.telesim.engine.statement.KindFilter;
import io.telesim.engine.statement.Page;
import io.telesim.engine.statement.StatementRecord;
import io.telesim.engine.statement.StatementStore;
import io.telesim.simulator.business.BranchTree;
import io.telesim.simulator.business.CompanyNumber;

/**
 * Usage and spending of company numbers over a period, from the engine's statement store: per number (call seconds, SMS,
 * data bytes, kopecks charged by the operator for usage and fees, and kopecks credited) and added up per branch. Transfers
 * sent and promised-payment repayments are neither. Walks the statements, so it runs off the event loop.
 */
public record UsageReport(String from, String to, List<Row> branches, List<Row> numbers, Row total) {

    /** One number's or one branch's totals; {@code number} is 0 on a branch's row. */
    public record Row(long number, String branchId, String branchPath, long numbers, long voiceSeconds, long sms, long dataBytes, long charged,
               String chargedText, long credited) {
    }

    private static final int WALK_PAGE = 1_000;

    static UsageReport of(StatementStore store, List<CompanyNumber> numbers, BranchTree tree, long fromMillis, long toMillis, String from,
                          String to) {
        List<Row> rows = new ArrayList<>();
        Map<String, long[]> byBranch = new LinkedHashMap<>();
        long[] all = new long[6];
        for (CompanyNumber number : numbers) {
            long[] sums = sums(store, number.number(), fromMillis, toMillis);
            rows.add(row(number.number(), number.branchId(), tree.path(number.branchId()), 1, sums));
            add(byBranch.computeIfAbsent(number.branchId(), branch -> new long[6]), sums);
            add(all, sums);
        }
        List<Row> branches = new ArrayList<>();
        byBranch.forEach((branch, sums) -> branches.add(row(0, branch, tree.path(branch),
                numbers.stream().filter(number -> number.branchId().equals(branch)).count(), sums)));
        return new UsageReport(from, to, branches, rows, row(0, null, null, numbers.size(), all));
    }

    /** What {@code number} was charged in the period (kopecks, positive). */
    static long charged(StatementStore store, long number, long fromMillis, long toMillis) {
        return sums(store, number, fromMillis, toMillis)[3];
    }

    /** voice seconds, SMS, data bytes, charged, credited; the sixth slot is free. */
    private static long[] sums(StatementStore store, long number, long fromMillis, long toMillis) {
        long[] sums = new long[6];
        long cursor = Page.FIRST;
        do {
            Page page = store.query(number, fromMillis, toMillis, KindFilter.ALL, WALK_PAGE, cursor);
            for (StatementRecord record : page.records()) {
                UsageKind usage = record.usageKind();
                if (usage == UsageKind.VOICE) {
                    sums[0] += record.usedUnits();
                } else if (usage == UsageKind.SMS) {
                    sums[1] += record.usedUnits();
                } else if (usage == UsageKind.DATA) {
                    sums[2] += record.usedUnits();
                }
                if (record.money() > 0) {
                    sums[4] += record.money();
                } else if (isCharge(record.movementKind())) {
                    sums[3] -= record.money();
                }
            }
            cursor = page.nextCursor();
        } while (cursor != Page.END);
        return sums;
    }

    /** Usage and the operator's fees are charges; money sent to another number or repaying a promised payment is not. */
    private static boolean isCharge(MovementKind movement) {
        return movement != MovementKind.TRANSFER_OUT && movement != MovementKind.PROMISED_REPAYMENT;
    }

    private static void add(long[] into, long[] sums) {
        for (int i = 0; i < sums.length; i++) {
            into[i] += sums[i];
        }
    }

    private static Row row(long number, String branch, String path, long count, long[] sums) {
        return new Row(number, branch, path, count, sums[0], sums[1], sums[2], sums[3], Money.format(sums[3]), sums[4]);
    }

    /** The per-number rows as CSV with a header line. */
    String csv() {
        StringBuilder out = new StringBuilder("number,branch,voice_seconds,sms,data_bytes,charged_kopecks,credited_kopecks\n");
        for (Row row : numbers) {
            out.append(row.number()).append(',').append(csvText(row.branchPath())).append(',').append(row.voiceSeconds()).append(',')
                    .append(row.sms()).append(',').append(row.dataBytes()).append(',').append(row.charged()).append(',').append(row.credited())
                    .append('\n');
        }
        return out.toString();
    }

    private static String csvText(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
