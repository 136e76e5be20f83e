package io.telesim.benchmarks.smpp;

import java.util.Map;
import java.util.TreeMap;

/** The SMSCs {@link SmppThroughputRun} can load, by the name given on its command line. */
public final class BenchmarkSmscs {

    /** The baseline: acknowledges every submit_sm and, when asked, sends its receipt; nothing else. */
    public static final String ACK_ONLY = "ack-only";

    /** Telesim's SMS centre with the engine behind it: rating, store and forward, inbox, receipts. */
    public static final String TELESIM = "telesim";

    private static final Map<String, BenchmarkSmscFactory> FACTORIES = new TreeMap<>(Map.of(ACK_ONLY, AckOnlySmsc::start,
            TELESIM, TelesimSmsc::start));

    private BenchmarkSmscs() {
    }

    /** The factory named {@code name}; throws with the known names when there is none. */
    public static BenchmarkSmscFactory named(String name) {
        BenchmarkSmscFactory factory = FACTORIES.get(name);
        if (factory == null) {
            throw new IllegalArgumentException("no SMSC named '" + name + "'; known: " + String.join(", ", FACTORIES.keySet()));
        }
        return factory;
    }
}
