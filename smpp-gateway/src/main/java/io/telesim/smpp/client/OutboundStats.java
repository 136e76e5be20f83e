package io.telesim.smpp.client;

/**
 * Counters of an {@link OutboundEsme}, read without stopping it (each field is read on its own).
 *
 * @param submitted         submit_sm PDUs sent (a retried message counts once per attempt)
 * @param accepted          messages the remote SMSC accepted
 * @param failed            messages reported through {@code onFailed}
 * @param retried           retries scheduled (throttled, queue full, timeouts)
 * @param receipts          delivery receipts matched to a message and reported
 * @param inFlight          submit_sm sent and not yet answered, now
 * @param queued            messages waiting to be sent, now (including those waiting out a retry delay)
 * @param reconnects        binds after the first one
 * @param unmatchedReceipts receipts whose message id matched nothing (unknown or expired)
 * @param incoming          mobile-originated messages handed to the listener
 */
public record OutboundStats(long submitted, long accepted, long failed, long retried, long receipts, int inFlight,
        int queued, long reconnects, long unmatchedReceipts, long incoming) {}
