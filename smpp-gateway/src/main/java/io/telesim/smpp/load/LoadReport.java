package io.telesim.smpp.load;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a generator run did. Every submitted message is accepted, rejected (counted per command_status) or
 * unanswered (the SMSC went away or the drain timeout passed). A message answered ESME_RTHROTTLED is sent again
 * after a pause until it gets another answer; {@code throttled} counts those answers. {@code receipts} counts receipt {@code deliver_sm}
 * received; {@code submitToReceipt} has a sample for each one matched by message id to an accepted submit.
 * {@code elapsed} runs from the first submit to the last response or receipt awaited; {@code answersPerSecond} is
 * {@code (accepted + rejected) / elapsed}. Latencies are measured from the time a message was meant to be sent when a
 * rate is set (so a stalled SMSC is charged for every message it delayed), else from the time it was written.
 * {@code failures} says what went wrong with a bind, if anything did.
 */
public record LoadReport(
        long submitted,
        long accepted,
        long rejected,
        SortedMap<Integer, Long> rejectedByStatus,
        long throttled,
        boolean receiptsRequested,
        long receipts,
        Duration elapsed,
        double answersPerSecond,
        Latency submitToResponse,
        Latency submitToReceipt,
        List<String> failures) {

    public LoadReport {
        rejectedByStatus = Collections.unmodifiableSortedMap(new TreeMap<>(rejectedByStatus));
        failures = List.copyOf(failures);
    }

    public long unanswered() {
        return submitted - accepted - rejected;
    }

    /** True when every message was answered, every receipt asked for came, and no bind failed. */
    public boolean complete() {
        return unanswered() == 0 && (!receiptsRequested || receipts == accepted) && failures.isEmpty();
    }

    /** The report as lines of text, for a console. */
    public String summary() {
        StringBuilder text = new StringBuilder();
        text.append(String.format("submitted %,d, accepted %,d, rejected %,d, unanswered %,d in %.3f s: %,.0f answers/s%n", submitted,
                accepted, rejected, unanswered(), elapsed.toNanos() / 1e9, answersPerSecond));
        if (throttled > 0) {
            text.append(String.format("  ESME_RTHROTTLED answers, each message sent again after a pause: %,d%n", throttled));
        }
        for (Map.Entry<Integer, Long> entry : rejectedByStatus.entrySet()) {
            text.append(String.format("  rejected with %s: %,d%n", CommandStatusNames.describe(entry.getKey()), entry.getValue()));
        }
        text.append(String.format("submit_sm -> submit_sm_resp: %s%n", submitToResponse));
        if (receiptsRequested) {
            text.append(String.format("receipts %,d of %,d accepted; submit_sm -> receipt: %s%n", receipts, accepted, submitToReceipt));
        }
        for (String failure : failures) {
            text.append("failure: ").append(failure).append(System.lineSeparator());
        }
        return text.toString();
    }
}
