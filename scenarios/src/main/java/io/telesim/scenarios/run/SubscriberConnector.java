package io.telesim.scenarios.run;

import java.util.List;

/**
 * How a run connects its numbers: the engine's PROVISION in this process, or the admin API's batches on a target
 * ({@code --target}), where numbers may be there already from an earlier run.
 */
public interface SubscriberConnector {

    /** Connects {@code msisdn} on tariff {@code tariff} (an index of the scenario's catalog) with {@code balance} kopecks. */
    void connect(long msisdn, int tariff, long balance) throws InterruptedException;

    /** Waits until every number given so far is connected or refused. */
    void await() throws InterruptedException;

    /** True when this run connected {@code msisdn}: it was no subscriber before. */
    boolean connectedNow(long msisdn);

    /**
     * Says that {@code msisdn} is to be a member of a family (made one now, or in an earlier run), so its tariff may be
     * the family's rather than the one it was connected with.
     */
    default void familyMember(long msisdn) {
    }

    /** Lines for the report's setup: refusals by reason, numbers that were there already. */
    List<String> report();
}
