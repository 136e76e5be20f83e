package io.telesim.engine.pipeline;

import org.agrona.collections.Long2LongHashMap;

import io.telesim.billing.account.AccountRecord;
import io.telesim.billing.account.Iccid;

/**
 * Which number each SIM card (ICCID) belongs to, so that a card is never given to two numbers. Most
 * accounts keep the default card derived from their own number ({@link Iccid#defaultOf}), which needs no
 * entry: the number is in the card's digits. Only the other cards (replaced SIMs, and default cards that
 * moved with a number replacement) are held here, so the index stays small.
 *
 * <p>Derived from the accounts: built by reading every account when the engine opens (the accounts are
 * the durable state, restored from a checkpoint and replayed), and kept current by the apply stage. Single
 * writer: the apply thread.
 */
final class SimIndex {

    private static final long NONE = 0;

    private final Long2LongHashMap owners = new Long2LongHashMap(NONE);
    private final AccountRepository accounts;
    private final AccountRecord cursor = new AccountRecord();

    SimIndex(AccountRepository accounts) {
        this.accounts = accounts;
        accounts.forEachMsisdn(msisdn -> {
            if (accounts.find(msisdn, cursor)) {
                add(msisdn, cursor.iccid());
            }
        });
    }

    /** The number whose current card is {@code iccid}, or 0 when no number has it. */
    long ownerOf(long iccid) {
        long owner = owners.get(iccid);
        if (owner != NONE) {
            return owner;
        }
        long derivedFrom = Iccid.numberOf(iccid);
        return derivedFrom != 0 && accounts.find(derivedFrom, cursor) && cursor.iccid() == iccid ? derivedFrom : NONE;
    }

    /** Notes that {@code msisdn}'s card changed from {@code before} to {@code after} (0: none). */
    void changed(long msisdn, long before, long after) {
        if (before != 0 && owners.get(before) == msisdn) {
            owners.remove(before);
        }
        add(msisdn, after);
    }

    private void add(long msisdn, long iccid) {
        if (iccid != 0 && iccid != Iccid.defaultOf(msisdn, 0)) {
            owners.put(iccid, msisdn);
        }
    }
}
