package io.telesim.benchmarks.engine;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * CPU time of the JVM's threads between two moments, grouped as the engine's stages (threads named
 * {@code telesim-writer}: journal and apply; {@code telesim-output}), the page-cache warmer of the appended files
 * ({@code telesim-page-warmer}), the producer (the calling thread) and the rest
 * (GC, JIT, Chronicle's background threads), and divided by the commands done meanwhile: where each
 * command's CPU goes, which on 2 cores bounds the rate. Read between iterations, never during one.
 * Also says how busy the whole machine was meanwhile ({@code /proc/stat}), and how much of that was
 * other processes: the test machine is shared, and a run during someone else's build is not a result.
 */
final class ThreadCpu {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    /** Linux reports /proc/stat in USER_HZ ticks, 100 a second. */
    private static final double TICKS_PER_SECOND = 100;

    private final Map<String, Long> start = new TreeMap<>();
    private long startCommands;
    private long startNanos;
    private long[] startMachine;
    private long startProcess;

    void start(long commands) {
        start.clear();
        start.putAll(snapshot());
        startMachine = machineTicks();
        startProcess = OS.getProcessCpuTime();
        startCommands = commands;
        startNanos = System.nanoTime();
    }

    /** One line: CPU nanoseconds per command by group, and cores used. */
    String report(long commands) {
        long done = commands - startCommands;
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        Map<String, Long> end = snapshot();
        Map<String, Long> spent = new TreeMap<>();
        long total = 0;
        for (Map.Entry<String, Long> entry : end.entrySet()) {
            long delta = entry.getValue() - start.getOrDefault(entry.getKey(), 0L);
            spent.merge(group(entry.getKey()), delta, Long::sum);
            total += delta;
        }
        StringBuilder line = new StringBuilder(String.format("%,d commands in %.1f s; CPU ns per command:", done, seconds));
        for (Map.Entry<String, Long> entry : spent.entrySet()) {
            line.append(String.format(" %s %.0f,", entry.getKey(), (double) entry.getValue() / Math.max(1, done)));
        }
        line.append(String.format(" total %.0f; %.2f cores busy", (double) total / Math.max(1, done), total / 1e9 / seconds));
        long[] machine = machineTicks();
        if (machine.length > 0 && startMachine.length > 0) {
            double busy = (machine[0] - startMachine[0]) / TICKS_PER_SECOND / seconds;
            double steal = (machine[1] - startMachine[1]) / TICKS_PER_SECOND / seconds;
            double process = (OS.getProcessCpuTime() - startProcess) / 1e9 / seconds;
            line.append(String.format("; JVM threads outside Java (GC, JIT) %.2f cores; machine %.2f cores busy, other processes %.2f, steal %.2f",
                    Math.max(0, process - total / 1e9 / seconds), busy, Math.max(0, busy - process), steal));
        }
        return line.toString();
    }

    private static String group(String key) {
        String name = key.substring(key.indexOf(':') + 1);
        if (name.equals("telesim-writer")) {
            return "writer";
        }
        if (name.equals("telesim-output")) {
            return "output";
        }
        if (name.equals("telesim-page-warmer")) {
            return "warmer";
        }
        if (name.startsWith("noop-pipeline-")) {
            return "stage" + name.substring("noop-pipeline-".length());
        }
        if (name.contains("jmh-worker") || name.equals("producer")) {
            return "producer";
        }
        return "other";
    }

    /** Busy (not idle, not waiting for I/O, not stolen) and stolen ticks of all CPUs, or nothing off Linux. */
    private static long[] machineTicks() {
        try {
            String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long busy = 0;
            for (int i = 1; i <= 7; i++) {
                if (i != 4 && i != 5) {
                    busy += Long.parseLong(cpu[i]); // user nice system (idle iowait) irq softirq
                }
            }
            return new long[] {busy, Long.parseLong(cpu[8])};
        } catch (IOException | RuntimeException e) {
            return new long[0];
        }
    }

    /** CPU nanoseconds by "id:name" of every live thread. */
    private static Map<String, Long> snapshot() {
        Map<String, Long> cpu = new TreeMap<>();
        for (ThreadInfo info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
            if (info != null) {
                long nanos = THREADS.getThreadCpuTime(info.getThreadId());
                if (nanos >= 0) {
                    cpu.put(info.getThreadId() + ":" + info.getThreadName(), nanos);
                }
            }
        }
        return cpu;
    }
}
