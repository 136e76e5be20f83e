package io.telesim.engine.pipeline;

import java.util.function.LongConsumer;

import io.telesim.billing.account.AccountRecord;

/**
 * Where the apply stage finds accounts: flyweights pointed straight at the stored bytes, updated in place.
 * Single writer: only the apply stage calls it.
 */
public interface AccountRepository {

    /** Points {@code into} at the account of {@code msisdn}; false when there is none. Allocation-free. */
    boolean find(long msisdn, AccountRecord into);

    /** Adds a zeroed account for {@code msisdn} and points {@code into} at it; false when it exists. */
    boolean create(long msisdn, AccountRecord into);

    /**
     * Reads the account of {@code msisdn} without changing it, so that its cache misses overlap with other
     * work; the apply stage touches the accounts of the commands a few places ahead. Returns a value to keep
     * (0 for an unknown number).
     */
    long touch(long msisdn);

    long size();

    /** Every stored number, in no particular order. */
    void forEachMsisdn(LongConsumer consumer);
}
