package io.telesim.scenarios.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import io.telesim.billing.catalog.Catalog;
import io.telesim.billing.number.DestinationClass;
import io.telesim.engine.CommandType;
import io.telesim.scenarios.check.Ledger;
import io.telesim.scenarios.model.A2pTraffic;
import io.telesim.scenarios.model.DataTraffic;
import io.telesim.scenarios.model.PromisedPaymentTraffic;
import io.telesim.scenarios.model.Scenario;
import io.telesim.scenarios.model.SmsTraffic;
import io.telesim.scenarios.model.TopUpTraffic;
import io.telesim.scenarios.model.Traffic;
import io.telesim.scenarios.model.UssdTraffic;
import io.telesim.scenarios.model.VoiceTraffic;
import io.telesim.scenarios.model.WeightedChoice;
import io.telesim.scenarios.traffic.Destinations;
import io.telesim.scenarios.traffic.EngineDrivers;
import io.telesim.scenarios.traffic.EngineLoop;
import io.telesim.scenarios.traffic.EnginePort;
import io.telesim.scenarios.traffic.Payers;
import io.telesim.scenarios.traffic.PopulationPicker;
import io.telesim.scenarios.traffic.SmppTraffic;
import io.telesim.scenarios.traffic.UssdDialler;
import io.telesim.simulator.serve.CommandIds;

/**
 * Every traffic of a run with its schedule, its {@link TrafficStats} and what drives it: the {@link EngineLoop} for
 * engine-level traffic, an {@link SmppTraffic} per SMPP traffic, a {@link UssdDialler} per USSD traffic. A traffic the
 * operator cannot be reached for (SMS from handsets against a target without a handset gateway the runner knows) is
 * skipped, with the reason.
 */
final class TrafficSet implements AutoCloseable {

    private final Map<String, TrafficStats> stats = new LinkedHashMap<>();
    private final Map<String, String> skipped = new LinkedHashMap<>();
    private final List<SmppTraffic> smpp = new ArrayList<>();
    private final List<UssdDialler> ussd = new ArrayList<>();
    private final EngineLoop engineLoop;
    private Thread engineThread;

    /** @param engine the engine's API */
    TrafficSet(Scenario scenario, Catalog catalog, RunClock clock, OperatorUnderTest operator, EnginePort engine, Ledger ledger) {
        PopulationPicker population = new PopulationPicker(scenario.population());
        SplittableRandom setup = new SplittableRandom(scenario.seed());
        Destinations numbers = new Destinations(catalog, scenario.population(), setup.split(), destinationChoices(scenario));
        CommandIds ids = new CommandIds('R');
        Payers payers = operator.centre() == null ? Payers.AS_EXPECTED : Payers.of(operator.centre());
        EngineDrivers engineDrivers = new EngineDrivers(population, numbers, ids, ledger);
        for (int i = 0; i < scenario.traffic().size(); i++) {
            Traffic traffic = scenario.traffic().get(i);
            long seed = scenario.seed() * 1_000_003L + i;
            long[] arrivals = Arrivals.draw(traffic.rate(), scenario.rampUp(), clock.totalNanos(), new SplittableRandom(seed));
            TrafficStats trafficStats = new TrafficStats(traffic.name(), traffic.kind(), clock, arrivals);
            stats.put(traffic.name(), trafficStats);
            SplittableRandom random = new SplittableRandom(~seed);
            String reason = skipReason(traffic, operator);
            if (reason != null) {
                skipped.put(traffic.name(), reason);
                continue;
            }
            if (traffic instanceof VoiceTraffic voice) {
                engineDrivers.calls(voice, trafficStats, arrivals, random);
            } else if (traffic instanceof DataTraffic data) {
                engineDrivers.data(data, trafficStats, arrivals, random);
            } else if (traffic instanceof TopUpTraffic topUp) {
                engineDrivers.balance(CommandType.TOP_UP, topUp.amountKopecks(), trafficStats, arrivals, random);
            } else if (traffic instanceof PromisedPaymentTraffic pp) {
                engineDrivers.balance(CommandType.PROMISED_PAYMENT, pp.amountKopecks(), trafficStats, arrivals, random);
            } else if (traffic instanceof A2pTraffic a2p) {
                smpp.add(SmppTraffic.a2p(a2p, trafficStats, arrivals, clock, operator.host(), operator.smppPort(), population, seed, ledger, payers));
            } else if (traffic instanceof SmsTraffic sms) {
                String[] gateway = operator.handsetGateway();
                smpp.add(SmppTraffic.handsets(sms, trafficStats, arrivals, clock, operator.host(), operator.smppPort(), gateway[0], gateway[1],
                        population, numbers, seed, ledger, payers));
            } else if (traffic instanceof UssdTraffic dials) {
                ussd.add(new UssdDialler(dials, trafficStats, arrivals, clock, operator.host(), operator.ussdPort(), population, random));
            }
        }
        this.engineLoop = engineDrivers.isEmpty() ? null : engineDrivers.loop(engine, clock);
    }

    private static List<WeightedChoice<DestinationClass>> destinationChoices(Scenario scenario) {
        List<WeightedChoice<DestinationClass>> choices = new ArrayList<>();
        for (Traffic traffic : scenario.traffic()) {
            if (traffic instanceof VoiceTraffic voice) {
                choices.add(voice.destinations());
            } else if (traffic instanceof SmsTraffic sms) {
                choices.add(sms.destinations());
            }
        }
        return choices;
    }

    private static String skipReason(Traffic traffic, OperatorUnderTest operator) {
        if (traffic instanceof SmsTraffic && operator.handsetGateway() == null) {
            return "the runner knows no handset gateway ESME of the target's SMS centre: give one handset_gateway: true in its "
                    + "configuration and pass --handset-esme SYSTEM_ID:PASSWORD";
        }
        return null;
    }

    void start() {
        smpp.forEach(SmppTraffic::start);
        ussd.forEach(UssdDialler::start);
        if (engineLoop != null) {
            engineThread = new Thread(engineLoop, "scenario-engine-loop");
            engineThread.setDaemon(true);
            engineThread.start();
        }
    }

    /** True once every event of every traffic has been started and has ended (or its generator has finished). */
    boolean drained() {
        if (engineLoop != null && !engineLoop.allStarted()) {
            return false;
        }
        if (ussd.stream().anyMatch(d -> !d.allStarted()) || smpp.stream().anyMatch(s -> !s.finished())) {
            return false;
        }
        return stats.values().stream().allMatch(s -> s.inFlight() == 0);
    }

    void collect(long nowNanos) {
        stats.values().forEach(s -> s.collect(nowNanos));
    }

    Map<String, TrafficStats> stats() {
        return stats;
    }

    Map<String, String> skipped() {
        return skipped;
    }

    List<SmppTraffic> smpp() {
        return smpp;
    }

    /** Stops every driver; what is still in flight is counted as unanswered. */
    @Override
    public void close() {
        if (engineLoop != null) {
            engineLoop.stop();
        }
        ussd.forEach(UssdDialler::close);
        for (TrafficStats s : stats.values()) {
            s.abandoned(s.inFlight());
        }
    }
}
