package io.telesim.scenarios.traffic;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;

import org.agrona.collections.LongArrayList;

import io.telesim.billing.number.DestinationClass;
import io.telesim.scenarios.check.AckKind;
import io.telesim.scenarios.check.Ledger;
import io.telesim.scenarios.model.A2pTraffic;
import io.telesim.scenarios.model.SmsTraffic;
import io.telesim.scenarios.model.WeightedChoice;
import io.telesim.scenarios.run.RunClock;
import io.telesim.scenarios.run.TrafficStats;
import io.telesim.smpp.centre.MessageIds;
import io.telesim.smpp.load.BindMode;
import io.telesim.smpp.load.CommandStatusNames;
import io.telesim.smpp.load.LoadObserver;
import io.telesim.smpp.load.LoadReport;
import io.telesim.smpp.load.LoadSettings;
import io.telesim.smpp.load.SmppLoadGenerator;

/**
 * An SMPP traffic over real binds with the SMPP load generator: A2P messages from an ESME to random subscribers (with
 * delivery receipts), or SMS typed on handsets through the SMS centre's handset gateway. Each accepted message is an
 * acknowledged event: its charge must be in the statement store once, under the engine command id the SMS centre
 * derives from its message id. Runs on a thread of its own; the generator's binds have their own writer and reader.
 */
public final class SmppTraffic implements LoadObserver {

    /** How long to wait after the last message for the answers and receipts still due. */
    static final Duration DRAIN = Duration.ofSeconds(30);

    private final TrafficStats stats;
    private final long[] arrivals;
    private final RunClock clock;
    private final LoadSettings settings;
    private final MessageAddresses addresses;
    private final Ledger ledger;
    private final Payers payers;
    private final boolean receipts;
    private final AtomicLong receiptsReceived = new AtomicLong();
    private final AtomicLong receiptsExpected = new AtomicLong();
    private final List<String> failures = new ArrayList<>();
    private final LongArrayList acceptedIds = new LongArrayList();
    private Thread thread;

    private SmppTraffic(TrafficStats stats, long[] arrivals, RunClock clock, LoadSettings settings, MessageAddresses addresses,
                        Ledger ledger, Payers payers, boolean receipts) {
        this.stats = stats;
        this.arrivals = arrivals;
        this.clock = clock;
        this.settings = settings;
        this.addresses = addresses;
        this.ledger = ledger;
        this.payers = payers;
        this.receipts = receipts;
    }

    /** A2P messages from {@code traffic}'s ESME to random subscribers, paid for by its billing account. */
    public static SmppTraffic a2p(A2pTraffic traffic, TrafficStats stats, long[] arrivals, RunClock clock, String host, int port,
                                  PopulationPicker population, long seed, Ledger ledger, Payers payers) {
        LoadSettings settings = LoadSettings.of(host, port, traffic.esme().systemId(), traffic.esme().password())
                .withBinds(BindMode.TRANSCEIVER, traffic.binds()).withWindow(traffic.window()).withLimits(0, runLength(clock))
                .withReceipts(traffic.receipts()).withDrainTimeout(DRAIN);
        String source = traffic.esme().source();
        long payer = traffic.esme().billingAccount();
        MessageAddresses addresses = new MessageAddresses() {
            @Override
            public String source(long index) {
                return source;
            }

            @Override
            public String destination(long index) {
                return Long.toString(population.pick(mix(seed, index)));
            }

            @Override
            public long payer(long index) {
                return payer;
            }
        };
        return new SmppTraffic(stats, arrivals, clock, settings, addresses, ledger, payers, traffic.receipts());
    }

    /** SMS from random subscribers' handsets through the handset gateway {@code systemId}, each paid for by its sender. */
    public static SmppTraffic handsets(SmsTraffic traffic, TrafficStats stats, long[] arrivals, RunClock clock, String host, int port,
                                       String systemId, String password, PopulationPicker population, Destinations numbers, long seed,
                                       Ledger ledger, Payers payers) {
        LoadSettings settings = LoadSettings.of(host, port, systemId, password).withBinds(BindMode.TRANSCEIVER, traffic.binds())
                .withWindow(traffic.window()).withLimits(0, runLength(clock)).withDrainTimeout(DRAIN);
        WeightedChoice<DestinationClass> destinations = traffic.destinations();
        MessageAddresses addresses = new MessageAddresses() {
            @Override
            public String source(long index) {
                return Long.toString(payer(index));
            }

            @Override
            public String destination(long index) {
                SplittableRandom random = new SplittableRandom(mix(seed + 1, index));
                return Long.toString(numbers.pick(destinations.pick(random), payer(index), random));
            }

            @Override
            public long payer(long index) {
                return population.pick(mix(seed, index));
            }
        };
        return new SmppTraffic(stats, arrivals, clock, settings, addresses, ledger, payers, false);
    }

    private static Duration runLength(RunClock clock) {
        return Duration.ofNanos(clock.totalNanos()).plusSeconds(5);
    }

    /** A well-mixed hash of the seed and a message index, so each message's picks depend on its index alone. */
    static long mix(long seed, long index) {
        long z = seed + index * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Binds and sends on a thread of its own. */
    public void start() {
        thread = new Thread(this::run, "scenario-smpp-" + stats.name());
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        try {
            LoadReport report = new SmppLoadGenerator(settings, start -> new ArrivalSchedule(arrivals, clock, addresses), this)
                    .run(progress -> { });
            synchronized (failures) {
                failures.addAll(report.failures());
            }
        } catch (Exception e) {
            synchronized (failures) {
                failures.add(stats.name() + ": " + e.getMessage());
            }
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** True once the generator has sent everything and drained (or failed). */
    public boolean finished() {
        return thread != null && !thread.isAlive();
    }

    public void await(Duration timeout) throws InterruptedException {
        thread.join(timeout.toMillis());
    }

    /** What went wrong with the binds, if anything. */
    public List<String> failures() {
        synchronized (failures) {
            return List.copyOf(failures);
        }
    }

    public TrafficStats stats() {
        return stats;
    }

    /** The SMS centre's ids of the messages it accepted. */
    public long[] acceptedIds() {
        synchronized (acceptedIds) {
            return acceptedIds.toLongArray();
        }
    }

    public boolean asksForReceipts() {
        return receipts;
    }

    public long receiptsExpected() {
        return receiptsExpected.get();
    }

    public long receiptsReceived() {
        return receiptsReceived.get();
    }

    private long due(long index) {
        return clock.startNanos() + arrivals[(int) index];
    }

    @Override
    public void submitted(long index, long lateNanos) {
        stats.sent(due(index), System.nanoTime());
    }

    @Override
    public void answered(long index, int commandStatus, String messageId, long latencyNanos) {
        long due = due(index);
        long now = System.nanoTime();
        stats.latency(due, latencyNanos);
        if (messageId != null) {
            long id = MessageIds.parse(messageId);
            synchronized (acceptedIds) {
                acceptedIds.addLong(id);
            }
            long payer = payers.payerOf(messageId, addresses.payer(index));
            if (payer != 0) {
                ledger.acknowledged(MessageIds.engineCommandId(id, 0), payer, AckKind.SMS, Ledger.UNKNOWN);
            }
            if (receipts) {
                receiptsExpected.incrementAndGet();
            }
            stats.succeeded(due, now);
        } else if (SmppOutcomes.isError(commandStatus)) {
            stats.error(due, now, CommandStatusNames.describe(commandStatus));
        } else {
            stats.refused(due, now, CommandStatusNames.describe(commandStatus));
        }
    }

    @Override
    public void receipt(String messageId, long latencyNanos) {
        receiptsReceived.incrementAndGet();
        long now = System.nanoTime();
        stats.receipt(now - latencyNanos, latencyNanos);
    }
}
