package io.telesim.benchmarks.engine;

import io.telesim.billing.result.Outcome;
import io.telesim.engine.Reply;
import io.telesim.engine.ReplyHandler;

/**
 * Consumes every reply (so the engine's results are used): counts them by outcome and sums the balances
 * after them. Written by the engine's output thread only, with plain stores; read them after a volatile
 * read that follows the replies, such as {@code engine.metrics().replied()}, or after the engine closed.
 */
class ReplyTally implements ReplyHandler {

    long replies;
    long ok;
    long duplicates;
    long balanceSum;
    final long[] refusedByOutcome = new long[Outcome.values().length];

    @Override
    public void onReply(Reply reply) {
        replies++;
        Outcome outcome = reply.outcome();
        if (outcome == Outcome.OK) {
            ok++;
        } else {
            refusedByOutcome[outcome.ordinal()]++;
        }
        if (reply.duplicate()) {
            duplicates++;
        }
        balanceSum += reply.balance();
    }

    String summary() {
        StringBuilder refused = new StringBuilder();
        for (Outcome outcome : Outcome.values()) {
            if (refusedByOutcome[outcome.ordinal()] != 0) {
                refused.append(' ').append(outcome).append('=').append(refusedByOutcome[outcome.ordinal()]);
            }
        }
        return String.format("%,d replies: %,d OK, %,d duplicates, refused:%s", replies, ok, duplicates,
                refused.length() == 0 ? " none" : refused);
    }
}
