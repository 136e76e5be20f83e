package io.telesim.scenarios.traffic;

import java.util.SplittableRandom;
import java.util.function.LongSupplier;

import io.telesim.billing.number.DestinationClass;
import io.telesim.billing.rating.UsageKind;
import io.telesim.engine.Command;
import io.telesim.scenarios.check.AckKind;
import io.telesim.scenarios.check.Ledger;
import io.telesim.scenarios.model.DataTraffic;
import io.telesim.scenarios.model.Distribution;
import io.telesim.scenarios.model.VoiceTraffic;
import io.telesim.scenarios.model.WeightedChoice;
import io.telesim.scenarios.run.TrafficStats;
import io.telesim.simulator.serve.CommandIds;

/**
 * Calls or data sessions as the network charges them online: each event is an {@link OnlineSession} of reserve,
 * updates and commit. Picks who, where and how long on the engine loop's thread, from the traffic's own seeded random.
 */
final class SessionTraffic implements EngineDriver {

    private final TrafficStats stats;
    private final long[] arrivals;
    private final UsageKind kind;
    private final Distribution units;
    private final long unitsPerMilli;
    private final WeightedChoice<DestinationClass> destinations;
    private final long quota;
    private final long updateEveryNanos;
    private final PopulationPicker population;
    private final Destinations numbers;
    private final SplittableRandom random;
    private final CommandIds ids;
    private final Ledger ledger;
    private final LongSupplier sessionIds;

    private SessionTraffic(TrafficStats stats, long[] arrivals, UsageKind kind, Distribution units, long unitsPerMilli,
                           WeightedChoice<DestinationClass> destinations, long quota, long updateEveryNanos, PopulationPicker population,
                           Destinations numbers, SplittableRandom random, CommandIds ids, Ledger ledger, LongSupplier sessionIds) {
        this.stats = stats;
        this.arrivals = arrivals;
        this.kind = kind;
        this.units = units;
        this.unitsPerMilli = unitsPerMilli;
        this.destinations = destinations;
        this.quota = quota;
        this.updateEveryNanos = updateEveryNanos;
        this.population = population;
        this.numbers = numbers;
        this.random = random;
        this.ids = ids;
        this.ledger = ledger;
        this.sessionIds = sessionIds;
    }

    static SessionTraffic calls(VoiceTraffic traffic, TrafficStats stats, long[] arrivals, PopulationPicker population, Destinations numbers,
                                SplittableRandom random, CommandIds ids, Ledger ledger, LongSupplier sessionIds) {
        // durations are drawn in milliseconds; a call is charged by the second it lasted, rounded up
        return new SessionTraffic(stats, arrivals, UsageKind.VOICE, traffic.durationMillis(), 0, traffic.destinations(),
                traffic.quotaSeconds(), traffic.updateEvery().toNanos(), population, numbers, random, ids, ledger, sessionIds);
    }

    static SessionTraffic data(DataTraffic traffic, TrafficStats stats, long[] arrivals, PopulationPicker population,
                               SplittableRandom random, CommandIds ids, Ledger ledger, LongSupplier sessionIds) {
        return new SessionTraffic(stats, arrivals, UsageKind.DATA, traffic.volumeBytes(), 1, null, traffic.quotaBytes(),
                traffic.updateEvery().toNanos(), population, null, random, ids, ledger, sessionIds);
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
        long destination = destinations == null ? 0 : numbers.pick(destinations.pick(random), msisdn, random);
        long drawn = units.sample(random);
        long total = unitsPerMilli == 0 ? Math.max(1, (drawn + 999) / 1000) : Math.max(1, drawn);
        new OnlineSession(this, dueNanos, msisdn, sessionIds.getAsLong(), destination, total).send(command, loop);
    }

    UsageKind kind() {
        return kind;
    }

    AckKind ackKind() {
        return kind == UsageKind.VOICE ? AckKind.VOICE : AckKind.DATA;
    }

    long quota() {
        return quota;
    }

    long updateEveryNanos() {
        return updateEveryNanos;
    }

    long nextCommandId() {
        return ids.next();
    }

    Ledger ledger() {
        return ledger;
    }
}
