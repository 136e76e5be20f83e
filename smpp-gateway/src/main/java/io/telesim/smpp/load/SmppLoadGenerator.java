package io.telesim.smpp.load;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.LongFunction;

import org.HdrHistogram.Recorder;

/**
 * Sends SMS load to an SMSC over SMPP 3.4 as {@link LoadSettings} say and reports what came back.
 *
 * <p>Each bind is pipelined ({@link PipelinedBind}): one thread writes {@code submit_sm} while the bind's window
 * has room, one reads the responses and receipts, both with jSMPP's PDU codec over a plain socket, so two threads
 * per bind carry any number of messages in flight (jSMPP's {@code SMPPSession.submitShortMessage} would hold a thread
 * per message). All binds connect and bind before the first message; a refused bind throws
 * {@link BindRefusedException} and closes the others. If the SMSC goes away during the run, or answers nothing for
 * the drain timeout, {@link #run} still returns, with what was done and the failure in the report.
 *
 * <pre>
 * LoadReport report = new SmppLoadGenerator(LoadSettings.of("127.0.0.1", 2775, "load", "secret").withReceipts(true))
 *         .run(progress -&gt; System.out.println(progress));
 * </pre>
 */
public final class SmppLoadGenerator {

    private static final long POLL_MILLIS = 5;
    private static final long UNBIND_TIMEOUT_MILLIS = 5_000;

    private final LoadSettings settings;
    private final LongFunction<SubmitSchedule> schedules;
    private final LoadObserver observer;

    /** Sends the messages {@code settings} describe. */
    public SmppLoadGenerator(LoadSettings settings) {
        this(settings, start -> new LoadSchedule(settings, start), LoadObserver.NONE);
    }

    /**
     * Binds as {@code settings} say, but sends the messages of the schedule {@code schedules} makes for the start time
     * it is given (the binds are up then), and tells {@code observer} what becomes of each.
     */
    public SmppLoadGenerator(LoadSettings settings, LongFunction<SubmitSchedule> schedules, LoadObserver observer) {
        this.settings = settings;
        this.schedules = schedules;
        this.observer = observer;
    }

    /**
     * Binds, sends the load, waits for the responses and receipts due (up to the drain timeout), unbinds and reports.
     * Calls {@code progress} about once a second from the calling thread.
     *
     * @throws BindRefusedException when the SMSC refuses a bind
     * @throws IOException when a bind cannot connect
     */
    public LoadReport run(Consumer<LoadProgress> progress) throws IOException, InterruptedException {
        List<PipelinedBind> binds = new ArrayList<>(settings.binds());
        try {
            for (int i = 0; i < settings.binds(); i++) {
                binds.add(PipelinedBind.open(settings, i));
            }
            return load(binds, progress);
        } finally {
            for (PipelinedBind bind : binds) {
                bind.close();
            }
        }
    }

    private LoadReport load(List<PipelinedBind> binds, Consumer<LoadProgress> progress) throws InterruptedException {
        long start = System.nanoTime();
        Recorder responseLatency = new Recorder(3);
        ReceiptMatcher receipts = new ReceiptMatcher(start, observer);
        SubmitSchedule schedule = schedules.apply(start);
        for (PipelinedBind bind : binds) {
            bind.start(settings, schedule, responseLatency, receipts, observer);
        }
        ProgressTicker ticker = new ProgressTicker(binds, start, progress);
        long stallNanos = settings.drainTimeout().toNanos();
        List<String> failures = new ArrayList<>();
        boolean sent = ticker.await(() -> schedule.exhausted(System.nanoTime()) || binds.stream().noneMatch(PipelinedBind::writing),
                Long.MAX_VALUE, stallNanos);
        boolean drained = sent && ticker.await(() -> drained(binds), System.nanoTime() + settings.drainTimeout().toNanos(), stallNanos);
        if (!sent) {
            failures.add("the SMSC answered nothing for " + settings.drainTimeout().toSeconds() + " s; the run stopped there");
        } else if (!drained) {
            failures.add("answers or receipts still due " + settings.drainTimeout().toSeconds() + " s after the last message was handed out");
        }
        long end = lastEvent(binds, start);
        for (PipelinedBind bind : binds) {
            bind.unbind(UNBIND_TIMEOUT_MILLIS);
        }
        return report(binds, Duration.ofNanos(end - start), responseLatency, receipts, failures);
    }

    private boolean drained(List<PipelinedBind> binds) {
        long accepted = 0;
        long receipts = 0;
        for (PipelinedBind bind : binds) {
            if (!bind.drained()) {
                return false;
            }
            accepted += bind.tally().acceptedCount();
            receipts += bind.tally().receiptCount();
        }
        return !settings.receipts() || receipts >= accepted || binds.stream().anyMatch(bind -> bind.tally().hasFailed());
    }

    private static long lastEvent(List<PipelinedBind> binds, long start) {
        long last = Long.MIN_VALUE;
        for (PipelinedBind bind : binds) {
            last = Math.max(last, bind.tally().lastEventNanos());
        }
        return last == Long.MIN_VALUE ? System.nanoTime() : Math.max(last, start);
    }

    private LoadReport report(List<PipelinedBind> binds, Duration elapsed, Recorder responseLatency, ReceiptMatcher receipts,
            List<String> runFailures) {
        long submitted = 0;
        long accepted = 0;
        long rejected = 0;
        long receiptCount = 0;
        long throttled = 0;
        Map<Integer, Long> rejectedByStatus = new TreeMap<>();
        List<String> failures = new ArrayList<>(runFailures);
        for (PipelinedBind bind : binds) {
            BindTally tally = bind.tally();
            submitted += tally.submittedCount();
            accepted += tally.acceptedCount();
            rejected += tally.rejectedCount();
            receiptCount += tally.receiptCount();
            throttled += bind.throttled().count();
            tally.rejectedByStatus().forEach((status, count) -> rejectedByStatus.merge(status, count, Long::sum));
            if (tally.hasFailed()) {
                failures.add(tally.failure());
            }
        }
        double seconds = Math.max(1, elapsed.toNanos()) / 1e9;
        return new LoadReport(submitted, accepted, rejected, new TreeMap<>(rejectedByStatus), throttled, settings.receipts(), receiptCount,
                elapsed, (accepted + rejected) / seconds, Latency.of(responseLatency.getIntervalHistogram()),
                Latency.of(receipts.takeLatencies()), failures);
    }

    /** Waits for a condition on the calling thread, telling the progress once a second meanwhile. */
    private static final class ProgressTicker {
        private final List<PipelinedBind> binds;
        private final long start;
        private final Consumer<LoadProgress> progress;
        private long nextTick;
        private long answeredAtLastTick;
        private long lastTick;

        ProgressTicker(List<PipelinedBind> binds, long start, Consumer<LoadProgress> progress) {
            this.binds = binds;
            this.start = start;
            this.progress = progress;
            this.lastTick = start;
            this.nextTick = start + TimeUnit.SECONDS.toNanos(1);
        }

        /**
         * Waits until {@code done} or the deadline; false if it stopped because nothing was answered or received for
         * {@code stallNanos} while messages awaited their answers (a schedule may leave quiet spells of its own).
         */
        boolean await(BooleanSupplier done, long deadlineNanos, long stallNanos) throws InterruptedException {
            long events = events();
            long lastChange = System.nanoTime();
            while (!done.getAsBoolean() && System.nanoTime() - deadlineNanos < 0) {
                Thread.sleep(POLL_MILLIS);
                long now = System.nanoTime();
                if (now - nextTick >= 0) {
                    tick(now);
                    nextTick += TimeUnit.SECONDS.toNanos(1);
                }
                long nowEvents = events();
                if (nowEvents != events || !awaitingAnswers()) {
                    events = nowEvents;
                    lastChange = now;
                } else if (now - lastChange > stallNanos) {
                    return false;
                }
            }
            return true;
        }

        private boolean awaitingAnswers() {
            for (PipelinedBind bind : binds) {
                if (bind.window().inFlight() > 0) {
                    return true;
                }
            }
            return false;
        }

        private long events() {
            long events = 0;
            for (PipelinedBind bind : binds) {
                events += bind.tally().answeredCount() + bind.tally().receiptCount() + bind.throttled().count();
            }
            return events;
        }

        private void tick(long now) {
            long submitted = 0;
            long answered = 0;
            long receipts = 0;
            for (PipelinedBind bind : binds) {
                submitted += bind.tally().submittedCount();
                answered += bind.tally().answeredCount();
                receipts += bind.tally().receiptCount();
            }
            double rate = (answered - answeredAtLastTick) * 1e9 / (now - lastTick);
            progress.accept(new LoadProgress(Duration.ofNanos(now - start), submitted, answered, receipts, rate));
            answeredAtLastTick = answered;
            lastTick = now;
        }
    }
}
