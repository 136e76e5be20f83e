package io.telesim.engine;

import java.util.List;

import org.agrona.collections.LongArrayList;

import io.telesim.billing.account.AccountRecord;
import io.telesim.billing.bonus.Gift;
import io.telesim.billing.catalog.Catalog;

/** What a {@link StateQuery} may read. Valid only during {@link StateQuery#run}. */
public interface EngineView {

    /** The engine's time for this query. */
    long now();

    Catalog catalog();

    /** Copies the account of {@code msisdn} into {@code into} (an on-heap record); false when there is none. */
    boolean account(long msisdn, AccountRecord into);

    /**
     * The ICCID of {@code msisdn}'s current SIM card, or 0 when the number is not a subscriber. The account's
     * spending limit, the month's spend and the credit limit are on the record {@link #account} copies:
     * {@code spendingLimit()}, {@code spentInMonthOf(now())}, {@code creditLimit()}, {@code iccid()}.
     */
    long iccidOf(long msisdn);

    /** The number whose current SIM card is {@code iccid}, or 0 when no number has it. */
    long numberOfSim(long iccid);

    /** Subscribers, in number order. */
    long subscriberCount();

    /** Sessions whose reservation expired at or before {@code now}: their ids and numbers, pairwise. */
    void expiredSessions(long now, LongArrayList sessionIds, LongArrayList msisdns);

    /** Unclaimed gifts past their expiry. */
    List<Gift> expiredGifts(long now);

    /** Open gifts given by or to {@code msisdn}. */
    List<Gift> openGifts(long msisdn);

    /** Open sessions (reservations). */
    int openSessions();
}
