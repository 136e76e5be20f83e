package io.telesim.benchmarks.engine;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import org.HdrHistogram.Histogram;

import io.telesim.engine.Command;
import io.telesim.engine.CommandType;
import io.telesim.engine.Engine;
import io.telesim.engine.EngineSettings;
import io.telesim.engine.SubmitStatus;

/**
 * Latency of the engine on files with 1,000,000 subscribers under an open-loop load (issue 3): commands of the
 * {@link CommandMix} are meant to be sent at a fixed rate, command {@code i} at {@code start + i / rate}, whatever
 * the engine does; each reply's latency is measured from that intended time ({@link LatencyRecorder}), so a
 * stall is charged to every command it delayed. The generator sleeps until a command is due and then sends
 * every command due (a spinning generator would take one of the machine's two cores from the engine), so its
 * timer's granularity, about 50 µs, is part of the latency: the generator lag line shows how much. After a warm-up at the same rate, prints per-second progress,
 * then p50 to max, the achieved rate, and whether the generator kept to its schedule (if it fell behind, part
 * of the latency is the generator's: the verdict says so).
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.telesim.benchmarks.engine.LatencyRun [rate] [seconds]
 *      [-Dtelesim.wait=sleeping] [-Dtelesim.ring=65536] [-Dtelesim.fsync=NONE] [-Dtelesim.warmup=20]
 * </pre>
 */
public final class LatencyRun {

    /** A command sent this much after its intended time counts as late. */
    private static final long LATE_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

    private LatencyRun() {
    }

    public static void main(String[] args) throws Exception {
        if (!TelesimJvm.ensureFlags(LatencyRun.class, args)) {
            return;
        }
        int rate = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        int warmup = Integer.getInteger("telesim.warmup", 20);
        String wait = System.getProperty("telesim.wait", "sleeping");
        int ring = Integer.getInteger("telesim.ring", 65_536);
        String fsync = System.getProperty("telesim.fsync", "NONE");
        EngineSettings settings = BenchEngines.settings(ring, wait, fsync);
        System.out.printf("LatencyRun %s: %,d commands/s for %d s after %d s of warm-up; ring %,d, %s, fsync %s; %,d subscribers%n",
                LocalDateTime.now().withNano(0), rate, seconds, warmup, ring, wait, fsync, BenchEngines.SUBSCRIBERS);

        Path data = BenchEngines.newDataDirectory("latency");
        try (Engine engine = BenchEngines.open(data, settings)) {
            long firstId = Subscribers.provision(engine, BenchEngines.SUBSCRIBERS);
            Thread.currentThread().setName("producer");
            LatencyRecorder recorder = new LatencyRecorder();
            Schedule schedule = new Schedule(rate, warmup, seconds);
            Reporter reporter = new Reporter(recorder, schedule);
            reporter.start();
            generate(engine, recorder, schedule, firstId);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (recorder.replied() < schedule.commands && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            reporter.interrupt();
            reporter.join();
            recorder.interval();
            report(engine, recorder, schedule);
        } finally {
            BenchEngines.delete(data);
        }
    }

    /** When each command is meant to go, and what the generator did. */
    private static final class Schedule {
        final double periodNanos;
        final long commands;
        final long warmupCommands;
        long start;
        long measureFrom;
        long sent;
        long late;
        long busy;
        long lastSend;
        long lastLag;
        final Histogram lag = new Histogram(TimeUnit.SECONDS.toNanos(60), 3);

        Schedule(int rate, int warmupSeconds, int seconds) {
            periodNanos = 1e9 / rate;
            warmupCommands = (long) warmupSeconds * rate;
            commands = warmupCommands + (long) seconds * rate;
        }

        long intended(long i) {
            return start + (long) (i * periodNanos);
        }
    }

    private static void generate(Engine engine, LatencyRecorder recorder, Schedule schedule, long firstId) {
        CommandMix mix = new CommandMix(BenchEngines.SUBSCRIBERS, 7);
        Command command = new Command();
        schedule.start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(10);
        schedule.measureFrom = schedule.intended(schedule.warmupCommands);
        recorder.measureFrom(schedule.measureFrom);
        for (long i = 0; i < schedule.commands; i++) {
            long intended = schedule.intended(i);
            long now;
            while ((now = System.nanoTime()) < intended) {
                // Sleep until the next command is due (the timer wakes about 50 µs late on Linux, and every command due
                // by then goes at once); spinning instead would take one of the two cores from the engine.
                LockSupport.parkNanos(intended - now);
            }
            long id = firstId + i;
            recorder.intend(id, intended);
            mix.fillNext(command, id);
            SubmitStatus status;
            while ((status = engine.submit(command, recorder)) == SubmitStatus.BUSY) {
                schedule.busy++;
                LockSupport.parkNanos(1);
            }
            if (status != SubmitStatus.ACCEPTED) {
                throw new IllegalStateException("the engine answered " + status);
            }
            long lag = now - intended;
            if (intended >= schedule.measureFrom) {
                schedule.lag.recordValue(lag);
                if (lag > LATE_NANOS) {
                    schedule.late++;
                }
            }
            schedule.sent = i + 1;
            schedule.lastLag = lag;
        }
        schedule.lastSend = System.nanoTime();
    }

    /** Prints a line a second while the run goes on. */
    private static final class Reporter extends Thread {
        private final LatencyRecorder recorder;
        private final Schedule schedule;

        Reporter(LatencyRecorder recorder, Schedule schedule) {
            super("latency-reporter");
            setDaemon(true);
            this.recorder = recorder;
            this.schedule = schedule;
        }

        @Override
        public void run() {
            long second = 0;
            long lastReplied = 0;
            while (!isInterrupted()) {
                try {
                    Thread.sleep(1_000);
                } catch (InterruptedException e) {
                    return;
                }
                second++;
                Histogram interval = recorder.interval();
                long replied = recorder.replied();
                long nanos = System.nanoTime();
                String phase = nanos < schedule.measureFrom ? "warm-up" : "measure";
                System.out.printf("%4d s %s: %,9d replies/s, generator %,7.0f µs behind, p50 %,9.1f p99 %,9.1f max %,10.1f µs%n", second,
                        phase, replied - lastReplied, schedule.lastLag / 1e3, micros(interval, 50), micros(interval, 99),
                        interval.getTotalCount() == 0 ? 0 : interval.getMaxValue() / 1e3);
                lastReplied = replied;
            }
        }
    }

    private static void report(Engine engine, LatencyRecorder recorder, Schedule schedule) {
        Histogram total = recorder.total();
        long measured = schedule.commands - schedule.warmupCommands;
        double scheduled = (schedule.intended(schedule.commands) - schedule.measureFrom) / 1e9;
        double took = (schedule.lastSend - schedule.measureFrom) / 1e9;
        System.out.printf("%nmeasured: %,d commands meant for %.1f s at %,.0f/s; sent in %.1f s: %,.0f commands/s achieved%n", measured,
                scheduled, measured / scheduled, took, measured / took);
        System.out.printf("replied to %,d of %,d (all, warm-up included); %s%n", recorder.replied(), schedule.commands, recorder.summary());
        System.out.printf("latency from the intended send time to the reply (µs), %,d replies:%n", total.getTotalCount());
        System.out.printf("  p50 %,.1f  p90 %,.1f  p99 %,.1f  p99.9 %,.1f  p99.99 %,.1f  max %,.1f%n", micros(total, 50), micros(total, 90),
                micros(total, 99), micros(total, 99.9), micros(total, 99.99), total.getMaxValue() / 1e3);
        Histogram lag = schedule.lag;
        System.out.printf("generator lag, actual less intended send time (µs): p50 %,.1f  p99 %,.1f  p99.9 %,.1f  max %,.1f; %,d BUSY answers%n",
                micros(lag, 50), micros(lag, 99), micros(lag, 99.9), lag.getMaxValue() / 1e3, schedule.busy);
        double lateShare = 100.0 * schedule.late / Math.max(1, measured);
        boolean behind = lateShare > 1.0 || schedule.lastLag > LATE_NANOS;
        System.out.printf("%s: %,d commands (%.2f%%) sent more than 1 ms after their intended time; the last one %,.1f µs after%n",
                behind ? "THE GENERATOR FELL BEHIND ITS SCHEDULE (its delay is part of the latency above)" : "the generator kept to its schedule",
                schedule.late, lateShare, schedule.lastLag / 1e3);
        for (Map.Entry<CommandType, Histogram> entry : engine.metrics().latencySinceStart().entrySet()) {
            if (entry.getKey() != CommandType.PROVISION) {
                Histogram h = entry.getValue();
                System.out.printf("engine's own submit-to-reply, warm-up included, not corrected for coordinated omission, %s: p50 %,.1f p99 %,.1f p99.9 %,.1f max %,.1f µs%n",
                        entry.getKey(), micros(h, 50), micros(h, 99), micros(h, 99.9), h.getMaxValue() / 1e3);
            }
        }
    }

    private static double micros(Histogram histogram, double percentile) {
        return histogram.getTotalCount() == 0 ? 0 : histogram.getValueAtPercentile(percentile) / 1e3;
    }
}
