package io.telesim.benchmarks.engine;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.telesim.billing.account.AccountRecord;
import io.telesim.engine.Command;
import io.telesim.engine.Engine;
import io.telesim.engine.EngineSettings;

/**
 * Recovery time (issue 3) for 1,000,000 subscribers and a 10-million-command journal tail. A child JVM provisions
 * the subscribers and stops cleanly (a checkpoint at the end of the provisioning), opens the engine again with
 * checkpoints disabled (a one-year interval), submits the tail of the {@link CommandMix} and, once every command
 * has been replied to, prints the sum of all balances and waits; this JVM then kills it with SIGKILL
 * ({@link Process#destroyForcibly()}), so nothing is closed and no checkpoint covers the tail. Then it times
 * {@link Engine#open}: restoring the accounts from the checkpoint and replaying the tail. It checks that the
 * recovered balances sum to what the killed engine had acknowledged, and finally times a clean restart (no
 * replay) for comparison. The files are in the page cache throughout (the machine is not restarted).
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar io.telesim.benchmarks.engine.RecoveryRun [subscribers] [tail]</pre>
 */
public final class RecoveryRun {

    private static final String WRITE = "--write";
    private static final String WRITTEN = "WRITTEN";

    private RecoveryRun() {
    }

    public static void main(String[] args) throws Exception {
        if (!TelesimJvm.ensureFlags(RecoveryRun.class, args)) {
            return;
        }
        if (args.length > 0 && args[0].equals(WRITE)) {
            write(Path.of(args[1]), Integer.parseInt(args[2]), Long.parseLong(args[3]));
            return;
        }
        int subscribers = args.length > 0 ? Integer.parseInt(args[0]) : BenchEngines.SUBSCRIBERS;
        long tail = args.length > 1 ? Long.parseLong(args[1]) : 10_000_000L;
        EngineSettings settings = settings();
        System.out.printf("RecoveryRun %s: %,d subscribers, a tail of %,d commands; ring %,d, %s%n", LocalDateTime.now().withNano(0),
                subscribers, tail, settings.ringSize(), settings.waitStrategy());
        Path data = BenchEngines.newDataDirectory("recovery");
        try {
            long acknowledgedSum = writeInChildAndKill(data, subscribers, tail);
            System.out.printf("journal %s, statements %s, accounts and checkpoint %s on disk%n", du(data.resolve("journal")),
                    du(data.resolve("statements")), du(data.resolve("state")));

            long start = System.nanoTime();
            Engine engine = BenchEngines.open(data, settings);
            double seconds = (System.nanoTime() - start) / 1e9;
            long replayed = engine.replayedAtStart();
            long recoveredSum = balanceSum(engine, subscribers);
            System.out.printf("%nRECOVERY: Engine.open took %.2f s and replayed %,d journaled commands: %,.0f commands/s over the whole open%n",
                    seconds, replayed, replayed / seconds);
            System.out.printf("balances after recovery sum to %,d kopecks; the killed engine had acknowledged %,d: %s%n", recoveredSum,
                    acknowledgedSum, recoveredSum == acknowledgedSum ? "the same" : "DIFFERENT");
            long closeStart = System.nanoTime();
            engine.close();
            System.out.printf("clean close (final checkpoint) took %.2f s%n", (System.nanoTime() - closeStart) / 1e9);

            start = System.nanoTime();
            try (Engine clean = BenchEngines.open(data, settings)) {
                System.out.printf("a clean restart (nothing to restore or replay, %,d replayed) took %.2f s%n", clean.replayedAtStart(),
                        (System.nanoTime() - start) / 1e9);
            }
        } finally {
            BenchEngines.delete(data);
        }
    }

    private static EngineSettings settings() {
        return BenchEngines.withoutCheckpoints(BenchEngines.settings(Integer.getInteger("telesim.ring", 65_536),
                System.getProperty("telesim.wait", "sleeping"), "NONE"));
    }

    /** Runs the writer in a child JVM, waits until it has written everything, kills it, and returns its balance sum. */
    private static long writeInChildAndKill(Path data, int subscribers, long tail) throws Exception {
        List<String> command = TelesimJvm.command(RecoveryRun.class, List.of());
        command.addAll(List.of(WRITE, data.toString(), Integer.toString(subscribers), Long.toString(tail)));
        Process child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                System.out.println("  writer: " + line);
                if (line.startsWith(WRITTEN)) {
                    child.destroyForcibly();
                    child.waitFor(1, TimeUnit.MINUTES);
                    System.out.printf("killed the writer (pid %d) with SIGKILL: exit code %d%n", child.pid(), child.exitValue());
                    return Long.parseLong(line.substring(line.indexOf("sum=") + 4).trim());
                }
            }
        }
        throw new IllegalStateException("the writer ended without writing everything: exit code " + child.waitFor());
    }

    /** The child: provisions, stops cleanly, reopens, writes the tail, prints the balance sum, waits to be killed. */
    private static void write(Path data, int subscribers, long tail) throws Exception {
        EngineSettings settings = settings();
        long start = System.nanoTime();
        long nextId;
        try (Engine engine = BenchEngines.open(data, settings)) {
            nextId = Subscribers.provision(engine, subscribers);
        }
        System.out.printf("provisioned %,d subscribers and stopped cleanly in %.1f s%n", subscribers, (System.nanoTime() - start) / 1e9);
        Engine engine = BenchEngines.open(data, settings);
        CommandMix mix = new CommandMix(subscribers, 11);
        Command command = new Command();
        ReplyTally tally = new ReplyTally();
        start = System.nanoTime();
        for (long i = 0; i < tail; i++) {
            Submission.untilAccepted(engine, mix.fillNext(command, nextId + i), tally, BusyBackoff.YIELD);
        }
        while (engine.metrics().replied() < tail) {
            Thread.sleep(10);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("wrote %,d commands in %.1f s (%,.0f/s): %s%n", tail, seconds, tail / seconds, tally.summary());
        System.out.println(WRITTEN + " sum=" + balanceSum(engine, subscribers));
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }

    private static long balanceSum(Engine engine, int subscribers) throws Exception {
        return engine.query(view -> {
            AccountRecord account = AccountRecord.onHeap();
            long sum = 0;
            for (int i = 0; i < subscribers; i++) {
                if (view.account(Subscribers.msisdnOf(i), account)) {
                    sum += account.balance();
                }
            }
            return sum;
        }).get(5, TimeUnit.MINUTES);
    }

    private static String du(Path directory) throws Exception {
        Process du = new ProcessBuilder("du", "-sh", directory.toString()).redirectErrorStream(true).start();
        String out = new String(du.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        du.waitFor();
        return out.isEmpty() ? "?" : out.split("\\s+")[0];
    }
}
