package io.telesim.scenarios.check;

import java.util.List;

import io.telesim.engine.statement.StatementRecord;

/**
 * Where a {@link StatementAudit} reads each subscriber's account and statement: the engine in the runner's process, or a
 * running operator's admin API ({@code --target}), which gives only what happened since the run's opening snapshot and
 * opens each statement with a line of the snapshot's balance.
 */
public interface AuditSource {

    /** How many numbers one {@link #read} should take. */
    int batch();

    /** Reads {@code numbers[from, to)} and hands each to {@code visitor}, in order. */
    void read(long[] numbers, int from, int to, Visitor visitor) throws InterruptedException;

    /** One subscriber as read. */
    @FunctionalInterface
    interface Visitor {

        /** @param account null when the account could not be read; {@code records} in any order */
        void visit(long msisdn, Account account, List<StatementRecord> records);
    }

    /** An account at the end of the run: its balance and what its bundles have left (shared ones for a family member). */
    record Account(long balance, long voiceLeft, long smsLeft, long dataLeft) {
    }
}
