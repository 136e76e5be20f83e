package io.telesim.scenarios.traffic;

import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import io.telesim.scenarios.model.UssdScript;
import io.telesim.scenarios.model.UssdTraffic;
import io.telesim.scenarios.run.RunClock;
import io.telesim.scenarios.run.TrafficStats;

/**
 * Dials USSD sessions at their arrival times, open loop: each by a random subscriber who has no session open (the
 * gateway allows one per number), running one of the traffic's scripts. Its thread only dials; answers come on the
 * HTTP client's two threads and think times wait on one timer thread, so a thousand open sessions need no thousand
 * threads.
 */
public final class UssdDialler implements Runnable, AutoCloseable {

    private static final int PICKS = 8;

    private final UssdTraffic traffic;
    private final TrafficStats stats;
    private final long[] arrivals;
    private final RunClock clock;
    private final PopulationPicker population;
    private final SplittableRandom random;
    private final ExecutorService http = Executors.newFixedThreadPool(2, daemon("scenario-ussd-http"));
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(daemon("scenario-ussd-timer"));
    private final UssdClient client;
    private final Set<Long> busyNumbers = ConcurrentHashMap.newKeySet();
    private final SplittableRandom thinkRandom;
    private volatile boolean stopped;
    private Thread thread;

    public UssdDialler(UssdTraffic traffic, TrafficStats stats, long[] arrivals, RunClock clock, String host, int port,
                       PopulationPicker population, SplittableRandom random) {
        this.traffic = traffic;
        this.stats = stats;
        this.arrivals = arrivals;
        this.clock = clock;
        this.population = population;
        this.random = random;
        this.thinkRandom = random.split();
        this.client = new UssdClient(host, port, http);
    }

    public void start() {
        thread = new Thread(this, "scenario-ussd-" + stats.name());
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void run() {
        for (long offset : arrivals) {
            long due = clock.startNanos() + offset;
            for (long now; !stopped && (now = System.nanoTime()) - due < 0; ) {
                LockSupport.parkNanos(due - now);
            }
            if (stopped) {
                return;
            }
            dial(due);
        }
    }

    private void dial(long due) {
        long msisdn = 0;
        for (int i = 0; i < PICKS && msisdn == 0; i++) {
            long candidate = population.pick(random);
            if (busyNumbers.add(candidate)) {
                msisdn = candidate;
            }
        }
        UssdScript script = traffic.scripts().pick(random);
        if (msisdn == 0) {
            stats.notSent(due, System.nanoTime(), "every number picked had a session open");
            return;
        }
        stats.sent(due, System.nanoTime());
        new UssdSession(this, script, msisdn, due).start();
    }

    UssdClient client() {
        return client;
    }

    TrafficStats stats() {
        return stats;
    }

    /** A think time in nanoseconds; answer threads share the random, so it is drawn under a lock. */
    long thinkNanos() {
        synchronized (thinkRandom) {
            return TimeUnit.MILLISECONDS.toNanos(traffic.thinkTimeMillis().sample(thinkRandom));
        }
    }

    void later(Runnable action, long delayNanos) {
        if (!stopped) {
            timer.schedule(action, delayNanos, TimeUnit.NANOSECONDS);
        }
    }

    void release(long msisdn) {
        busyNumbers.remove(msisdn);
    }

    /** True once every session has been dialled. */
    public boolean allStarted() {
        return thread != null && !thread.isAlive();
    }

    @Override
    public void close() {
        stopped = true;
        timer.shutdownNow();
        http.shutdownNow();
    }

    private static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
