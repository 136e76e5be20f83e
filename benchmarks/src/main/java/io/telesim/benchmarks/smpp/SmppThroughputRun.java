package io.telesim.benchmarks.smpp;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Locale;

import io.telesim.benchmarks.engine.TelesimJvm;
import io.telesim.smpp.load.LoadReport;
import io.telesim.smpp.load.LoadSettings;
import io.telesim.smpp.load.SmppLoadGenerator;

/**
 * SMPP throughput of an SMSC against the baseline in the same run: the {@link SmppLoadGenerator} with the same
 * settings (binds, window, messages, receipts) first against {@link AckOnlySmsc}, then against the SMSC named on the
 * command line ({@link BenchmarkSmscs}), each after a warm-up of the same load for a fixed time (the generator's
 * code and the SMSC's are compiled by then, so the order of the two runs matters less). Prints progress each second,
 * both reports, both rates and their ratio, and the latency percentiles. Generator and SMSCs share this JVM and its
 * cores.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.telesim.benchmarks.smpp.SmppThroughputRun [binds] [window] [messages] [receipts on|off] [smsc]
 *      [-Dtelesim.warmup=10]
 * </pre>
 * Defaults: 4 binds, window 64, 1,000,000 messages, receipts on, smsc "ack-only".
 */
public final class SmppThroughputRun {

    private SmppThroughputRun() {
    }

    public static void main(String[] args) throws Exception {
        if (!TelesimJvm.ensureFlags(SmppThroughputRun.class, args)) {
            return;
        }
        int binds = args.length > 0 ? Integer.parseInt(args[0]) : 4;
        int window = args.length > 1 ? Integer.parseInt(args[1]) : 64;
        long messages = args.length > 2 ? Long.parseLong(args[2]) : 1_000_000;
        boolean receipts = args.length <= 3 || parseOnOff(args[3]);
        String underTest = args.length > 4 ? args[4] : BenchmarkSmscs.ACK_ONLY;
        BenchmarkSmscFactory underTestFactory = BenchmarkSmscs.named(underTest);
        Duration warmup = Duration.ofSeconds(Integer.getInteger("telesim.warmup", 10));

        System.out.printf("SmppThroughputRun %s: %d binds (transceiver), window %d, %,d messages, receipts %s, %d s of warm-up; "
                        + "baseline %s, under test %s; %d cores, Java %s%n", LocalDateTime.now().withNano(0), binds, window, messages,
                receipts ? "on" : "off", warmup.toSeconds(), BenchmarkSmscs.ACK_ONLY, underTest, Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
        LoadReport baseline = measure(BenchmarkSmscs.ACK_ONLY + " (baseline)", AckOnlySmsc::start, binds, window, messages, receipts, warmup);
        LoadReport measured = measure(underTest + " (under test)", underTestFactory, binds, window, messages, receipts, warmup);

        System.out.printf("%n== result (from the two reports above: answers/s = (accepted + rejected) / time from the first submit "
                + "to the last response or receipt awaited)%n");
        System.out.printf(Locale.ROOT, "baseline   %-12s %,12.0f answers/s%n", BenchmarkSmscs.ACK_ONLY, baseline.answersPerSecond());
        System.out.printf(Locale.ROOT, "under test %-12s %,12.0f answers/s%n", underTest, measured.answersPerSecond());
        System.out.printf(Locale.ROOT, "ratio under test / baseline: %.3f%n", measured.answersPerSecond() / baseline.answersPerSecond());
        System.out.printf("submit_sm -> submit_sm_resp (HdrHistogram of every final answer, from the first write of its submit_sm, throttled retries included):%n");
        System.out.printf("  baseline   %s%n  under test %s%n", baseline.submitToResponse(), measured.submitToResponse());
        if (receipts) {
            System.out.printf("submit_sm -> receipt deliver_sm (HdrHistogram of every receipt matched to its submit by message id):%n");
            System.out.printf("  baseline   %s%n  under test %s%n", baseline.submitToReceipt(), measured.submitToReceipt());
        }
        boolean complete = baseline.complete() && measured.complete();
        System.out.println(complete ? "every message was answered and every receipt came, in both runs"
                : "INCOMPLETE: some messages went unanswered or receipts did not come (see the reports above)");
    }

    private static LoadReport measure(String label, BenchmarkSmscFactory factory, int binds, int window, long messages, boolean receipts,
            Duration warmup) throws Exception {
        try (BenchmarkSmsc smsc = factory.start(receipts)) {
            LoadSettings settings = LoadSettings.of("127.0.0.1", smsc.port(), smsc.systemId(), smsc.password())
                    .withWindow(window)
                    .withReceipts(receipts);
            settings = settings.withBinds(settings.bindMode(), binds);
            System.out.printf("%n== %s on port %d: warm-up, %d s%n", label, smsc.port(), warmup.toSeconds());
            LoadReport warm = new SmppLoadGenerator(settings.withLimits(0, warmup)).run(p -> { });
            System.out.print(warm.summary());
            System.out.printf("== %s: measured, %,d messages%n", label, messages);
            LoadReport report = new SmppLoadGenerator(settings.withLimits(messages, Duration.ZERO)).run(progress ->
                    System.out.printf("%5.0f s: %,10d submitted %,10d answered %,10d receipts %,9.0f answers/s%n",
                            progress.elapsed().toMillis() / 1e3, progress.submitted(), progress.answered(), progress.receipts(),
                            progress.answersPerSecond()));
            System.out.print(report.summary());
            return report;
        }
    }

    private static boolean parseOnOff(String value) {
        return switch (value) {
            case "on", "true" -> true;
            case "off", "false" -> false;
            default -> throw new IllegalArgumentException("receipts must be on or off, not " + value);
        };
    }
}
