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
     * Where the account of {@code msisdn} lies, for {@link #touch(long)}: one index lookup, without reading the
     * account. Negative for an unknown number.
     */
    long locate(long msisdn);

    /**
     * Reads the account {@link #locate} found without changing it, so that its cache misses overlap with other
     * work: the apply stage locates a group of commands' accounts, then touches them, then applies the group.
     * Returns a value to keep (0 for a negative location).
     */
    long touch(long location);

    long size();

    /**
     * Removes the account of {@code msisdn}; false when there is none. Flyweights pointed at it must not be
     * used afterwards: its place may be reused by the next {@link #create}.
     */
    boolean remove(long msisdn);

    /** Every stored number, in no particular order. */
    void forEachMsisdn(LongConsumer consumer);
}
