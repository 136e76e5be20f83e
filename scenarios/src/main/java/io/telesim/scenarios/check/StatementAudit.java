package io.telesim.scenarios.check;

import java.util.List;
import java.util.Locale;

import io.telesim.billing.money.Money;
import io.telesim.billing.result.MovementKind;
import io.telesim.engine.statement.StatementRecord;
import io.telesim.scenarios.model.Invariant;
import io.telesim.simulator.serve.CommandIds;

/**
 * Holds the statements and accounts of an {@link AuditSource} to the runner's {@link Ledger} after a run, one subscriber at a
 * time:
 * <ul>
 * <li><b>exactly once</b>: every acknowledged event has exactly one record of its kind; a usage or credit record that
 * no acknowledgement accounts for, and that no other producer made (the USSD menus, the web account, the engine's own
 * sweeps), is a charge or credit made without one (a double charge);</li>
 * <li><b>money</b>: per subscriber, the opening balance is what was provisioned, each acknowledged event moved the
 * money its acknowledgement said, nothing unacknowledged moved money, and opening + top-ups - charges - fees in the
 * statement equals the closing balance the engine reports;</li>
 * <li><b>bundles</b>: no subscriber's minutes, SMS or data below zero.</li>
 * </ul>
 * Records of other producers (the USSD menus, the web account) and the operator's own (fees, auto top-ups, repayments)
 * count in the money but are nobody's acknowledgement.
 */
public final class StatementAudit {

    /** The engine's own commands (the scheduler's sweeps and session expiry) carry command id 0. */
    private static final long OPERATOR_OWN = 0;

    private final AuditSource source;
    private final Ledger ledger;

    public StatementAudit(AuditSource source, Ledger ledger) {
        this.source = source;
        this.ledger = ledger;
    }

    /** Audits {@code numbers}; returns the results for exactly once, money and bundles. */
    public List<InvariantResult> audit(long[] numbers) throws InterruptedException {
        ledger.clearSeen();
        AuditFindings found = new AuditFindings();
        MoneyTotals one = new MoneyTotals();
        for (int from = 0; from < numbers.length; from += source.batch()) {
            int to = Math.min(numbers.length, from + source.batch());
            source.read(numbers, from, to, (msisdn, account, records) -> {
                if (account == null) {
                    found.unreadable++;
                } else {
                    auditOne(msisdn, account, records, one, found);
                }
            });
        }
        lostEvents(found);
        return List.of(exactlyOnce(found), money(found), bundles(found));
    }

    private void auditOne(long msisdn, AuditSource.Account account, List<StatementRecord> records, MoneyTotals one, AuditFindings found) {
        found.subscribers++;
        one.clear();
        long unacknowledgedHere = 0;
        boolean amountsMatch = true;
        long openingRecorded = 0;
        for (StatementRecord record : records) {
            found.records++;
            one.add(record);
            if (record.movementKind() == MovementKind.OPENING_BALANCE) {
                openingRecorded += record.money();
            }
            Check check = check(record, found);
            if (check == Check.UNACKNOWLEDGED) {
                unacknowledgedHere += record.money();
            } else if (check == Check.WRONG_AMOUNT) {
                amountsMatch = false;
            }
        }

        found.totals.add(one);
        found.closingBalances += account.balance();
        long provisioned = ledger.openingOf(msisdn);
        boolean openingOk = provisioned == Ledger.ABSENT || provisioned == openingRecorded;
        boolean statementOk = one.closing() == account.balance();
        if (!openingOk) {
            found.openingMismatches++;
        }
        if (!statementOk) {
            found.statementMismatches++;
        }
        if (!openingOk || !statementOk || !amountsMatch || unacknowledgedHere != 0) {
            found.subscribersNotReconciled++;
            AuditFindings.example(found.moneyExamples, String.format(
                    "%d: opening %s + top-ups %s - charges %s - fees %s = %s in the statement; the engine's balance is %s; "
                            + "provisioned with %s; moved without an acknowledgement %s", msisdn, Money.format(one.opening()),
                    Money.format(one.topUps()), Money.format(one.charges()), Money.format(one.fees()), Money.format(one.closing()),
                    Money.format(account.balance()), provisioned == Ledger.ABSENT ? "-" : Money.format(provisioned),
                    Money.format(unacknowledgedHere)));
        }
        if (account.voiceLeft() < 0 || account.smsLeft() < 0 || account.dataLeft() < 0) {
            found.bundlesBelowZero++;
            AuditFindings.example(found.bundleExamples, String.format("%d: %d s, %d SMS, %d bytes left", msisdn, account.voiceLeft(),
                    account.smsLeft(), account.dataLeft()));
        }
    }

    private enum Check { OTHER, MATCHED, WRONG_AMOUNT, UNACKNOWLEDGED }

    private Check check(StatementRecord record, AuditFindings found) {
        int index = ledger.indexOf(record.eventId());
        if (index >= 0 && ledger.kind(index).matches(record)) {
            if (ledger.see(index) > 1) {
                found.recordedTwice++;
                AuditFindings.example(found.exactlyOnceExamples, "event " + Long.toHexString(record.eventId()) + " of " + record.msisdn()
                        + " is in the statement more than once (" + describe(record) + ")");
            }
            long expected = ledger.money(index);
            if (expected != Ledger.UNKNOWN && expected != record.money()) {
                found.amountMismatches++;
                AuditFindings.example(found.moneyExamples, "event " + Long.toHexString(record.eventId()) + " of " + record.msisdn()
                        + " was acknowledged as " + Money.format(expected) + " and recorded as " + Money.format(record.money()));
                return Check.WRONG_AMOUNT;
            }
            return Check.MATCHED;
        }
        if (!isEventRecord(record) || index >= 0 && record.movementKind() == MovementKind.TOP_UP) {
            return Check.OTHER; // fees, repayments; or an auto top-up one of our events set off
        }
        long tag = record.eventId() >>> 56;
        if (tag == CommandIds.USSD || tag == CommandIds.WEB || record.eventId() == OPERATOR_OWN) {
            return Check.OTHER; // the USSD menus', the web account's, the engine's own
        }
        found.unacknowledged++;
        found.unacknowledgedKopecks += record.money();
        AuditFindings.example(found.exactlyOnceExamples, record.msisdn() + ": " + describe(record) + " under event "
                + Long.toHexString(record.eventId()) + ", which was never acknowledged");
        return Check.UNACKNOWLEDGED;
    }

    /** Usage, top-ups and promised credits: what the runner's events leave. */
    private static boolean isEventRecord(StatementRecord record) {
        return record.usageKind() != null || record.movementKind() == MovementKind.TOP_UP
                || record.movementKind() == MovementKind.PROMISED_CREDIT;
    }

    private static String describe(StatementRecord record) {
        String what = record.usageKind() != null ? record.usageKind().label() + " of " + record.usedUnits() : record.movementKind().label();
        return what + ", " + Money.format(record.money());
    }

    private void lostEvents(AuditFindings found) {
        int events = ledger.recorded();
        for (int i = 0; i < events; i++) {
            if (ledger.seen(i) == 0 && !ledger.withdrawn(i)) {
                found.lost++;
                AuditFindings.example(found.exactlyOnceExamples, "a " + ledger.kind(i).name().toLowerCase(Locale.ROOT).replace('_', ' ')
                        + " of " + ledger.msisdn(i) + " was acknowledged but is not in the statement store");
            }
        }
    }

    private InvariantResult exactlyOnce(AuditFindings found) {
        boolean held = found.lost == 0 && found.recordedTwice == 0 && found.unacknowledged == 0;
        String summary = String.format("%,d acknowledged events, %,d records of %,d subscribers: %,d lost, %,d recorded twice, "
                        + "%,d charged or credited without an acknowledgement (%s)", ledger.events(), found.records, found.subscribers, found.lost,
                found.recordedTwice, found.unacknowledged, Money.format(found.unacknowledgedKopecks));
        return new InvariantResult(Invariant.EXACTLY_ONCE, true, held && found.unreadable == 0, summary, found.exactlyOnceExamples);
    }

    private InvariantResult money(AuditFindings found) {
        MoneyTotals t = found.totals;
        boolean held = found.subscribersNotReconciled == 0 && found.unreadable == 0;
        String summary = String.format("opening %s + top-ups %s - charges %s - fees %s = %s; closing balances %s; "
                        + "%,d of %,d subscribers do not reconcile", Money.format(t.opening()), Money.format(t.topUps()), Money.format(t.charges()),
                Money.format(t.fees()), Money.format(t.closing()), Money.format(found.closingBalances), found.subscribersNotReconciled,
                found.subscribers);
        if (found.unreadable > 0) {
            summary += String.format("; %,d subscribers could not be read", found.unreadable);
        }
        return new InvariantResult(Invariant.MONEY, true, held, summary, found.moneyExamples);
    }

    private static InvariantResult bundles(AuditFindings found) {
        String summary = String.format("%,d of %,d subscribers have a bundle below zero", found.bundlesBelowZero, found.subscribers);
        return new InvariantResult(Invariant.BUNDLES, true, found.bundlesBelowZero == 0, summary, found.bundleExamples);
    }
}
