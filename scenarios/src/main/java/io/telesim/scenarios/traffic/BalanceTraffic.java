package io.telesim.scenarios.traffic;

import java.util.SplittableRandom;

import io.telesim.billing.result.Outcome;
import io.telesim.engine.Command;
import io.telesim.engine.CommandType;
import io.telesim.engine.Reply;
import io.telesim.engine.SubmitStatus;
import io.telesim.scenarios.check.AckKind;
import io.telesim.scenarios.check.Ledger;
import io.telesim.scenarios.model.Distribution;
import io.telesim.scenarios.run.TrafficStats;
import io.telesim.simulator.serve.CommandIds;

/**
 * Top-ups or promised payments: one command each, for a random subscriber and an amount drawn from the traffic's
 * distribution. An acknowledged one must leave its credit in the statement store.
 */
final class BalanceTraffic implements EngineDriver {

    private final TrafficStats stats;
    private final long[] arrivals;
    private final CommandType type;
    private final AckKind ackKind;
    private final Distribution amounts;
    private final PopulationPicker population;
    private final SplittableRandom random;
    private final CommandIds ids;
    private final Ledger ledger;

    BalanceTraffic(TrafficStats stats, long[] arrivals, CommandType type, Distribution amounts, PopulationPicker population,
                   SplittableRandom random, CommandIds ids, Ledger ledger) {
        if (type != CommandType.TOP_UP && type != CommandType.PROMISED_PAYMENT) {
            throw new IllegalArgumentException("top-ups and promised payments only, not " + type);
        }
        this.stats = stats;
        this.arrivals = arrivals;
        this.type = type;
        this.ackKind = type == CommandType.TOP_UP ? AckKind.TOP_UP : AckKind.PROMISED_PAYMENT;
        this.amounts = amounts;
        this.population = population;
        this.random = random;
        this.ids = ids;
        this.ledger = ledger;
    }

    @Override
    public TrafficStats stats() {
        return stats;
    }

    @Override
    public long[] arrivals() {
        return arrivals;
    }

    @Override
    public void begin(long dueNanos, Command command, EngineLoop loop) {
        long msisdn = population.pick(random);
        long amount = Math.max(1, amounts.sample(random));
        command.set(type, ids.next(), msisdn).amount(amount);
        stats.sent(dueNanos, System.nanoTime());
        SubmitStatus status = loop.submit(command, new Answer(dueNanos, msisdn, amount));
        if (status != SubmitStatus.ACCEPTED) {
            stats.error(dueNanos, System.nanoTime(), status.name());
        }
    }

    /** The engine could not take it (a remote engine's BUSY) or never answered: an error, as a BUSY at submit is. */
    private void unanswered(long dueNanos, SubmitStatus status, String reason) {
        stats.error(dueNanos, System.nanoTime(), status == SubmitStatus.BUSY ? status.name() : reason);
    }

    /** The reply to one event, on the engine's output thread. */
    private final class Answer implements EngineAnswer {
        private final long dueNanos;
        private final long msisdn;
        private final long amount;

        Answer(long dueNanos, long msisdn, long amount) {
            this.dueNanos = dueNanos;
            this.msisdn = msisdn;
            this.amount = amount;
        }

        @Override
        public void onReply(Reply reply) {
            long now = System.nanoTime();
            stats.latency(dueNanos, now - dueNanos);
            if (reply.outcome() == Outcome.OK) {
                ledger.acknowledged(reply.commandId(), msisdn, ackKind, amount);
                stats.succeeded(dueNanos, now);
            } else {
                stats.refused(dueNanos, now, reply.outcome().name());
            }
        }

        @Override
        public void onUnanswered(SubmitStatus status, String reason) {
            unanswered(dueNanos, status, reason);
        }
    }
}
