package io.telesim.scenarios.check;

import java.util.ArrayList;
import java.util.List;

/** What the {@link StatementAudit} found, gathered as it goes through the subscribers. */
final class AuditFindings {

    static final int EXAMPLES = 5;

    final MoneyTotals totals = new MoneyTotals();
    long subscribers;
    long records;
    long closingBalances;
    long lost;
    long recordedTwice;
    long unacknowledged;
    long unacknowledgedKopecks;
    long amountMismatches;
    long openingMismatches;
    long statementMismatches;
    long subscribersNotReconciled;
    long bundlesBelowZero;
    long unreadable;
    final List<String> exactlyOnceExamples = new ArrayList<>();
    final List<String> moneyExamples = new ArrayList<>();
    final List<String> bundleExamples = new ArrayList<>();

    static void example(List<String> examples, String text) {
        if (examples.size() < EXAMPLES) {
            examples.add(text);
        }
    }
}
