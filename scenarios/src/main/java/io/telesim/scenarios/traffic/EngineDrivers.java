package io.telesim.scenarios.traffic;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import io.telesim.engine.CommandType;
import io.telesim.scenarios.check.Ledger;
import io.telesim.scenarios.model.DataTraffic;
import io.telesim.scenarios.model.Distribution;
import io.telesim.scenarios.model.VoiceTraffic;
import io.telesim.scenarios.run.RunClock;
import io.telesim.scenarios.run.TrafficStats;
import io.telesim.simulator.serve.CommandIds;

/** Gathers a run's engine-level traffic (calls, data sessions, top-ups, promised payments) into one {@link EngineLoop}. */
public final class EngineDrivers {

    private final PopulationPicker population;
    private final Destinations numbers;
    private final CommandIds ids;
    private final Ledger ledger;
    private final List<EngineDriver> drivers = new ArrayList<>();
    /** Session ids, unique across calls and data, so one subscriber's call and data session never share one; the loop's thread only. */
    private long lastSessionId;

    public EngineDrivers(PopulationPicker population, Destinations numbers, CommandIds ids, Ledger ledger) {
        this.population = population;
        this.numbers = numbers;
        this.ids = ids;
        this.ledger = ledger;
    }

    public void calls(VoiceTraffic traffic, TrafficStats stats, long[] arrivals, SplittableRandom random) {
        drivers.add(SessionTraffic.calls(traffic, stats, arrivals, population, numbers, random, ids, ledger, this::nextSessionId));
    }

    public void data(DataTraffic traffic, TrafficStats stats, long[] arrivals, SplittableRandom random) {
        drivers.add(SessionTraffic.data(traffic, stats, arrivals, population, random, ids, ledger, this::nextSessionId));
    }

    /** Top-ups or promised payments. */
    public void balance(CommandType type, Distribution amounts, TrafficStats stats, long[] arrivals, SplittableRandom random) {
        drivers.add(new BalanceTraffic(stats, arrivals, type, amounts, population, random, ids, ledger));
    }

    private long nextSessionId() {
        return ++lastSessionId;
    }

    public boolean isEmpty() {
        return drivers.isEmpty();
    }

    public EngineLoop loop(EnginePort engine, RunClock clock) {
        return new EngineLoop(engine, clock, drivers);
    }
}
