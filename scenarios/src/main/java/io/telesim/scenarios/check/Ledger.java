package io.telesim.scenarios.check;

import java.util.Arrays;
import java.util.BitSet;

import org.agrona.collections.Long2LongHashMap;

/**
 * The runner's own account of what the operator acknowledged: each event by its engine command id (a call's commit, a
 * top-up, an SMS's charge...), with its subscriber, its kind and the money the acknowledgement named ({@link #UNKNOWN}
 * when the protocol names none, as SMPP does not), and each subscriber's opening balance as provisioned. The
 * {@link StatementAudit} holds the statement store to it. Any thread records; the audit reads after the run.
 */
public final class Ledger {

    /** The money of an event whose acknowledgement does not say what it cost. */
    public static final long UNKNOWN = Long.MIN_VALUE;
    static final long ABSENT = -1;

    private final Long2LongHashMap indexByEvent = new Long2LongHashMap(ABSENT);
    private final Long2LongHashMap openings = new Long2LongHashMap(ABSENT);
    private long[] msisdns = new long[1024];
    private long[] money = new long[1024];
    private byte[] kinds = new byte[1024];
    private int[] seen = new int[1024];
    private int count;
    /** Events found not to have been acknowledged after all ({@link #settlePayer}): no record of them is due. */
    private final BitSet withdrawn = new BitSet();

    /** Records an acknowledged event; {@code signedKopecks} is what it did to the balance, or {@link #UNKNOWN}. */
    public synchronized void acknowledged(long eventId, long msisdn, AckKind kind, long signedKopecks) {
        if (indexByEvent.get(eventId) != ABSENT) {
            return; // a repeat answered by the engine's idempotency: the same event
        }
        if (count == msisdns.length) {
            int size = count * 2;
            msisdns = Arrays.copyOf(msisdns, size);
            money = Arrays.copyOf(money, size);
            kinds = Arrays.copyOf(kinds, size);
            seen = Arrays.copyOf(seen, size);
        }
        msisdns[count] = msisdn;
        money[count] = signedKopecks;
        kinds[count] = (byte) kind.ordinal();
        indexByEvent.put(eventId, count);
        count++;
    }

    /**
     * Sets who paid for event {@code eventId} to {@code msisdn}, as the operator says after the fact (an SMS the runner
     * expected its sender to pay for that went unpaid because it could not be delivered): 0 withdraws the event, a
     * number the runner did not expect takes it over, and an event the runner did not record is recorded.
     */
    public synchronized void settlePayer(long eventId, long msisdn, AckKind kind) {
        int index = (int) indexByEvent.get(eventId);
        if (index < 0) {
            if (msisdn != 0) {
                acknowledged(eventId, msisdn, kind, UNKNOWN);
            }
        } else if (msisdn == 0) {
            indexByEvent.remove(eventId);
            withdrawn.set(index);
        } else {
            msisdns[index] = msisdn;
        }
    }

    /** Records the balance a subscriber was provisioned with. */
    public synchronized void opening(long msisdn, long kopecks) {
        openings.put(msisdn, kopecks);
    }

    public synchronized int events() {
        return count - withdrawn.cardinality();
    }

    /** Events recorded, withdrawn ones included: the indexes are 0 to this. */
    synchronized int recorded() {
        return count;
    }

    /** True when event {@code index} was withdrawn. */
    synchronized boolean withdrawn(int index) {
        return withdrawn.get(index);
    }

    /** The opening balance provisioned for {@code msisdn}, or -1 when the runner did not provision it. */
    synchronized long openingOf(long msisdn) {
        return openings.get(msisdn);
    }

    /** The index of the event with this id, or -1. */
    synchronized int indexOf(long eventId) {
        return (int) indexByEvent.get(eventId);
    }

    synchronized AckKind kind(int index) {
        return AckKind.ofOrdinal(kinds[index]);
    }

    synchronized long msisdn(int index) {
        return msisdns[index];
    }

    synchronized long money(int index) {
        return money[index];
    }

    /** Counts one more record found for event {@code index}; returns how many there are now. */
    synchronized int see(int index) {
        return ++seen[index];
    }

    synchronized int seen(int index) {
        return seen[index];
    }

    /** Forgets what an earlier audit found, so the ledger can be audited again. */
    synchronized void clearSeen() {
        Arrays.fill(seen, 0);
    }
}
