package io.telesim.benchmarks.ussd;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Locale;

import io.telesim.benchmarks.engine.TelesimJvm;

/**
 * USSD session steps per second over loopback against the baseline in the same run: the same {@link HandsetLoad}
 * (same handsets, client threads, warm-up and measured time) first against {@link PlainHttpEndpoint}, a plain Netty
 * HTTP endpoint that answers the same paths with a fixed screen, then against the USSD gateway with the built-in
 * services and the engine on files behind it ({@link TelesimUssd}). A step is one HTTP request and its answer; a
 * session is four ({@link SessionScript}). With {@code -Dtelesim.ussd.rounds=N} the measured time is cut into N
 * rounds in which the two take turns (both servers up all along; {@value #ROUND_WARMUP_SECONDS} s of warm-up before
 * every later round), so that load from outside the benchmark falls on both alike; the figures add the rounds up.
 * Prints progress each second, both reports, both rates, their ratio and the
 * step latency percentiles. Generator and servers share this JVM and its cores.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.telesim.benchmarks.ussd.UssdThroughputRun [handsets] [seconds]
 *      [-Dtelesim.warmup=10] [-Dtelesim.ussd.clientThreads=2] [-Dtelesim.ussd.rounds=1]
 * </pre>
 * Defaults: 128 handsets, 30 s measured after 10 s of warm-up, as many client event loops as cores.
 */
public final class UssdThroughputRun {

    /** The warm-up of every round after the first: new connections, code already compiled. */
    private static final long ROUND_WARMUP_SECONDS = 3;
    private static final Duration ROUND_WARMUP = Duration.ofSeconds(ROUND_WARMUP_SECONDS);

    private UssdThroughputRun() {
    }

    public static void main(String[] args) throws Exception {
        if (!TelesimJvm.ensureFlags(UssdThroughputRun.class, args)) {
            return;
        }
        int handsets = args.length > 0 ? Integer.parseInt(args[0]) : 128;
        Duration measured = Duration.ofSeconds(args.length > 1 ? Integer.parseInt(args[1]) : 30);
        Duration warmup = Duration.ofSeconds(Integer.getInteger("telesim.warmup", 10));
        int cores = Runtime.getRuntime().availableProcessors();
        int clientThreads = Integer.getInteger("telesim.ussd.clientThreads", cores);
        int rounds = Integer.getInteger("telesim.ussd.rounds", 1);
        Duration perRound = measured.dividedBy(rounds);
        HandsetLoad load = new HandsetLoad(handsets, clientThreads);

        System.out.printf("UssdThroughputRun %s: %d handsets on %d client event loops, %d s of warm-up then %d s measured each "
                        + "in %d round(s) taking turns; session %s; %d cores, Java %s%n", LocalDateTime.now().withNano(0), handsets, clientThreads,
                warmup.toSeconds(), measured.toSeconds(), rounds, describe(SessionScript.bonusPointsAndBack()), cores, System.getProperty("java.version"));
        LoadReport baseline = null;
        LoadReport gateway = null;
        try (UssdTarget plain = PlainHttpEndpoint.start(); UssdTarget telesim = TelesimUssd.start()) {
            for (int round = 1; round <= rounds; round++) {
                Duration roundWarmup = round == 1 ? warmup : ROUND_WARMUP;
                LoadReport b = measure("plain Netty HTTP endpoint (baseline)", round, plain, load, roundWarmup, perRound);
                LoadReport g = measure("USSD gateway + built-in services + engine (under test)", round, telesim, load, roundWarmup, perRound);
                baseline = baseline == null ? b : baseline.plus(b);
                gateway = gateway == null ? g : gateway.plus(g);
            }
        }

        System.out.printf("%n== result (steps/s = HTTP requests answered as expected / measured time)%n");
        System.out.printf(Locale.ROOT, "baseline   plain Netty HTTP  %,10.0f steps/s %,9.0f sessions/s %,d failures%n",
                baseline.stepsPerSecond(), baseline.sessionsPerSecond(), baseline.failures());
        System.out.printf(Locale.ROOT, "under test USSD gateway      %,10.0f steps/s %,9.0f sessions/s %,d failures%n",
                gateway.stepsPerSecond(), gateway.sessionsPerSecond(), gateway.failures());
        System.out.printf(Locale.ROOT, "ratio under test / baseline: %.3f%n", gateway.stepsPerSecond() / baseline.stepsPerSecond());
        System.out.printf("step latency (HdrHistogram of every step answered in the measured time, request written -> answer read):%n");
        System.out.printf("  baseline   %s%n  under test %s%n", baseline.percentiles(), gateway.percentiles());
        System.out.println(baseline.failures() + gateway.failures() == 0 ? "every answer was the one expected, in both runs"
                : "FAILURES: some answers were not the ones expected (see above)");
    }

    private static LoadReport measure(String label, int round, UssdTarget target, HandsetLoad load, Duration warmup, Duration measured)
            throws InterruptedException {
        System.out.printf("%n== round %d, %s on port %d: %d s warm-up, %d s measured%n", round, label, target.port(), warmup.toSeconds(),
                measured.toSeconds());
        LoadReport report = load.run(target, warmup, measured);
        System.out.print(report.summary());
        String stats = target.stats();
        if (!stats.isEmpty()) {
            System.out.println(stats);
        }
        return report;
    }

    private static String describe(SessionScript script) {
        return "dial " + script.code() + ", reply " + String.join(", reply ", script.inputs()) + ", hang up";
    }
}
