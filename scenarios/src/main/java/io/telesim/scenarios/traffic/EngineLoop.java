package io.telesim.scenarios.traffic;

import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import io.telesim.engine.Command;
import io.telesim.engine.SubmitStatus;
import io.telesim.scenarios.run.RunClock;

/**
 * The one thread that sends every engine-level command of a run, open loop: each traffic's events when they are due,
 * and the later steps of calls and data sessions when theirs are. Replies come on the engine's output thread, which
 * only records them and hands the next step back here ({@link #schedule}), so the engine's thread never waits and no
 * thread is made per event. Parks between due times (at most a millisecond, so steps handed over meanwhile are not
 * late by more).
 */
public final class EngineLoop implements Runnable {

    private static final long MAX_PARK_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

    private final EnginePort engine;
    private final RunClock clock;
    private final List<EngineDriver> drivers;
    private final int[] cursors;
    private final ConcurrentLinkedQueue<EngineStep> handedOver = new ConcurrentLinkedQueue<>();
    private final PriorityQueue<EngineStep> due = new PriorityQueue<>((a, b) -> Long.compare(a.wakeNanos(), b.wakeNanos()));
    private final Command command = new Command();
    private volatile boolean stopped;
    private volatile boolean allStarted;

    EngineLoop(EnginePort engine, RunClock clock, List<EngineDriver> drivers) {
        this.engine = engine;
        this.clock = clock;
        this.drivers = List.copyOf(drivers);
        this.cursors = new int[drivers.size()];
    }

    @Override
    public void run() {
        while (!stopped) {
            for (EngineStep step; (step = handedOver.poll()) != null; ) {
                due.add(step);
            }
            long now = System.nanoTime();
            while (!due.isEmpty() && due.peek().wakeNanos() - now <= 0) {
                due.poll().send(command, this);
            }
            long nextArrival = Long.MAX_VALUE;
            for (int i = 0; i < drivers.size(); i++) {
                EngineDriver driver = drivers.get(i);
                long[] arrivals = driver.arrivals();
                while (cursors[i] < arrivals.length && clock.startNanos() + arrivals[cursors[i]] - now <= 0) {
                    driver.begin(clock.startNanos() + arrivals[cursors[i]++], command, this);
                }
                if (cursors[i] < arrivals.length) {
                    nextArrival = Math.min(nextArrival, clock.startNanos() + arrivals[cursors[i]] - now);
                }
            }
            if (nextArrival == Long.MAX_VALUE) {
                allStarted = true;
            }
            long wait = Math.min(MAX_PARK_NANOS, nextArrival);
            if (!due.isEmpty()) {
                wait = Math.min(wait, due.peek().wakeNanos() - System.nanoTime());
            }
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
        }
    }

    /** Submits a command; on the loop's thread. */
    SubmitStatus submit(Command filled, EngineAnswer answer) {
        return engine.submit(filled, answer);
    }

    /** Hands a step to the loop, to be sent at its {@link EngineStep#wakeNanos()}; any thread. */
    void schedule(EngineStep step) {
        handedOver.add(step);
    }

    /** True once every event has been started. */
    public boolean allStarted() {
        return allStarted;
    }

    /** Stops the loop (steps not yet sent stay unsent); the run stops it after the drain. */
    public void stop() {
        stopped = true;
    }
}
