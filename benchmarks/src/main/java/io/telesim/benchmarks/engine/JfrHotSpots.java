package io.telesim.benchmarks.engine;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a flight recording of an engine benchmark says the time and the allocations go: CPU samples
 * ({@code jdk.ExecutionSample}) by thread, by top frame for each engine stage thread, and by the first
 * Telesim frame on the stack (which engine code the time is spent under), inclusive by Telesim method
 * (a method counts once per sample it is anywhere on the stack of), and how many samples each thread
 * spent waiting (in a Disruptor wait strategy, yield, park or sleep) rather than working; allocation samples
 * ({@code jdk.ObjectAllocationSample}, weighted by bytes) by class and allocating frame.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar io.telesim.benchmarks.engine.JfrHotSpots profile.jfr [top]</pre>
 */
public final class JfrHotSpots {

    private static final String TELESIM = "io.telesim.";

    private JfrHotSpots() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: JfrHotSpots recording.jfr [top]");
            System.exit(2);
        }
        int top = args.length > 1 ? Integer.parseInt(args[1]) : 25;
        Map<String, Long> byThread = new HashMap<>();
        Map<String, Map<String, Long>> topFrameByThread = new HashMap<>();
        Map<String, Map<String, Long>> telesimFrameByThread = new HashMap<>();
        Map<String, Map<String, Long>> inclusiveByThread = new HashMap<>();
        Map<String, Long> waitingByThread = new HashMap<>();
        Map<String, Long> allocatedByClass = new HashMap<>();
        Map<String, Long> allocatedBySite = new HashMap<>();
        Map<String, Long> allocatedByThread = new HashMap<>();
        long samples = 0;
        long allocated = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
            String type = event.getEventType().getName();
            if (type.equals("jdk.ExecutionSample")) {
                String thread = threadName(event.getThread("sampledThread"));
                samples++;
                byThread.merge(thread, 1L, Long::sum);
                topFrameByThread.computeIfAbsent(thread, t -> new HashMap<>()).merge(frame(event.getStackTrace(), 0), 1L, Long::sum);
                telesimFrameByThread.computeIfAbsent(thread, t -> new HashMap<>()).merge(firstTelesimFrame(event.getStackTrace()), 1L,
                        Long::sum);
                Map<String, Long> inclusive = inclusiveByThread.computeIfAbsent(thread, t -> new HashMap<>());
                for (String method : telesimMethods(event.getStackTrace())) {
                    inclusive.merge(method, 1L, Long::sum);
                }
                if (isWaiting(event.getStackTrace())) {
                    waitingByThread.merge(thread, 1L, Long::sum);
                }
            } else if (type.equals("jdk.ObjectAllocationSample")) {
                long weight = event.getLong("weight");
                allocated += weight;
                allocatedByClass.merge(event.getClass("objectClass").getName(), weight, Long::sum);
                allocatedBySite.merge(allocationSite(event.getStackTrace()), weight, Long::sum);
                allocatedByThread.merge(threadName(event.getThread("eventThread")), weight, Long::sum);
            }
        }
        System.out.printf("CPU samples: %,d%n", samples);
        print("by thread", byThread, samples, top);
        for (String thread : byThread.keySet().stream().sorted().toList()) {
            if (byThread.get(thread) * 100 >= samples) {
                long waiting = waitingByThread.getOrDefault(thread, 0L);
                System.out.printf("%n#### %s: %,d samples, %,d (%.1f%%) waiting%n", thread, byThread.get(thread), waiting,
                        100.0 * waiting / byThread.get(thread));
                print(thread + ": top frame", topFrameByThread.get(thread), byThread.get(thread), top);
                print(thread + ": first Telesim frame", telesimFrameByThread.get(thread), byThread.get(thread), top);
                print(thread + ": inclusive by Telesim method", inclusiveByThread.get(thread), byThread.get(thread), top);
            }
        }
        System.out.printf("%nallocation samples: %,d bytes (sampled weight)%n", allocated);
        print("allocated by thread", allocatedByThread, allocated, top);
        print("allocated by class", allocatedByClass, allocated, top);
        print("allocated by site", allocatedBySite, allocated, top);
    }

    private static void print(String title, Map<String, Long> counts, long total, int top) {
        System.out.printf("%n== %s%n", title);
        List<Map.Entry<String, Long>> sorted = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(top).toList();
        for (Map.Entry<String, Long> entry : sorted) {
            System.out.printf("%6.2f%% %,14d  %s%n", 100.0 * entry.getValue() / Math.max(1, total), entry.getValue(), entry.getKey());
        }
    }

    private static String threadName(RecordedThread thread) {
        if (thread == null) {
            return "?";
        }
        String name = thread.getJavaName() != null ? thread.getJavaName() : thread.getOSName();
        // JMH's worker threads are numbered per run; one name for all of them
        return name.startsWith("org.openjdk.jmh.") ? "jmh-worker (producer)" : name;
    }

    private static String frame(RecordedStackTrace stack, int index) {
        if (stack == null || stack.getFrames().size() <= index) {
            return "?";
        }
        RecordedFrame frame = stack.getFrames().get(index);
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName() + ":" + frame.getLineNumber();
    }

    private static String firstTelesimFrame(RecordedStackTrace stack) {
        if (stack == null) {
            return "?";
        }
        for (RecordedFrame frame : stack.getFrames()) {
            if (frame.getMethod().getType().getName().startsWith(TELESIM)) {
                return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
            }
        }
        return "(no Telesim frame) " + frame(stack, 0);
    }

    private static Set<String> telesimMethods(RecordedStackTrace stack) {
        Set<String> methods = new HashSet<>();
        if (stack != null) {
            for (RecordedFrame frame : stack.getFrames()) {
                String type = frame.getMethod().getType().getName();
                if (type.startsWith(TELESIM)) {
                    methods.add(type + "." + frame.getMethod().getName());
                }
            }
        }
        return methods;
    }

    /** True when one of the top frames is a wait: a Disruptor wait strategy or barrier, a yield, park or sleep. */
    private static boolean isWaiting(RecordedStackTrace stack) {
        if (stack == null) {
            return false;
        }
        List<RecordedFrame> frames = stack.getFrames();
        for (int i = 0; i < Math.min(4, frames.size()); i++) {
            String type = frames.get(i).getMethod().getType().getName();
            String method = frames.get(i).getMethod().getName();
            if (type.endsWith("WaitStrategy") || type.equals("com.lmax.disruptor.ProcessingSequenceBarrier")
                    || (type.equals("java.lang.Thread") && (method.equals("yield") || method.equals("onSpinWait") || method.equals("sleep")))
                    || type.equals("java.util.concurrent.locks.LockSupport") || type.equals("io.telesim.benchmarks.engine.BusyBackoff")) {
                return true;
            }
        }
        return false;
    }

    /** The allocating frame and its caller chain up to the first Telesim frame. */
    private static String allocationSite(RecordedStackTrace stack) {
        if (stack == null || stack.getFrames().isEmpty()) {
            return "?";
        }
        StringBuilder site = new StringBuilder(frame(stack, 0));
        List<RecordedFrame> frames = stack.getFrames();
        for (int i = 1; i < frames.size() && i < 12; i++) {
            String type = frames.get(i).getMethod().getType().getName();
            if (type.startsWith(TELESIM)) {
                site.append(" <- ").append(frame(stack, i));
                break;
            }
        }
        return site.toString();
    }
}
