package io.telesim.scenarios.remote;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.agrona.collections.Long2ObjectHashMap;
import org.agrona.collections.LongHashSet;

import com.fasterxml.jackson.databind.JsonNode;

import io.telesim.billing.catalog.Catalog;
import io.telesim.scenarios.run.SubscriberConnector;

/**
 * Connects a run's numbers on a running operator with {@code POST /admin/subscribers}, {@value #BATCH} a request and
 * {@value #REQUESTS} requests at once, with a progress line every tenth. A number that is a subscriber already is left
 * as it is (a rerun against the same operator); which tariff each such number should have (but a family member's) is
 * kept, for the snapshot to compare with what it has. Numbers the engine was too busy for are sent again.
 */
public final class RemoteSubscribers implements SubscriberConnector {

    /** Numbers a request: well inside the admin API's 64 KiB body. */
    static final int BATCH = 500;
    private static final int REQUESTS = 16;
    private static final Duration TIMEOUT = Duration.ofMinutes(2);

    private final AdminApi api;
    private final Catalog catalog;
    private final PrintWriter progress;
    private final Semaphore requests = new Semaphore(REQUESTS);
    private final List<Entry> batch = new ArrayList<>(BATCH);
    private final LongHashSet created = new LongHashSet();
    private final Long2ObjectHashMap<String> existing = new Long2ObjectHashMap<>();
    private final Map<String, Integer> refusals = new TreeMap<>();
    private final List<Entry> retry = new ArrayList<>();
    private final int expected;
    private int answered;
    private int foundThere;
    private int nextReport;
    private volatile RuntimeException failure;

    /** @param expected how many numbers the run will connect, for the progress lines */
    public RemoteSubscribers(AdminApi api, Catalog catalog, int expected, PrintWriter progress) {
        this.api = api;
        this.catalog = catalog;
        this.expected = expected;
        this.progress = progress;
        this.nextReport = Math.max(1, expected / 10);
    }

    @Override
    public void connect(long msisdn, int tariff, long balance) throws InterruptedException {
        add(new Entry(msisdn, catalog.tariff(tariff).id(), balance));
    }

    private void add(Entry entry) throws InterruptedException {
        batch.add(entry);
        if (batch.size() == BATCH) {
            flush();
        }
    }

    private void flush() throws InterruptedException {
        if (batch.isEmpty()) {
            return;
        }
        checkFailure();
        List<Entry> entries = List.copyOf(batch);
        batch.clear();
        StringBuilder body = new StringBuilder(entries.size() * 64).append("{\"subscribers\":[");
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            body.append(i == 0 ? "" : ",").append("{\"number\":\"").append(e.number()).append("\",\"tariff\":\"").append(e.tariff())
                    .append("\",\"balance\":").append(e.balance()).append('}');
        }
        requests.acquire();
        api.post("/admin/subscribers", body.append("]}").toString()).onComplete(result -> {
            try {
                if (result.failed()) {
                    failure = new AdminApiException("connecting subscribers on " + api.where() + " failed: " + result.cause().getMessage());
                } else if (result.result().status() == 503) {
                    synchronized (this) {
                        retry.addAll(entries);
                    }
                } else if (result.result().status() != 200) {
                    failure = new AdminApiException("connecting subscribers on " + api.where() + ": " + result.result().error());
                } else {
                    record(result.result().json(), entries);
                }
            } catch (RuntimeException e) {
                failure = e;
            } finally {
                requests.release();
            }
        });
    }

    /** The answer's results come in the order the numbers were sent. */
    private synchronized void record(JsonNode answer, List<Entry> entries) {
        JsonNode results = answer.path("results");
        for (int i = 0; i < results.size(); i++) {
            JsonNode result = results.get(i);
            Entry entry = entries.get(i);
            switch (result.path("result").asText()) {
                case "created" -> created.add(entry.number());
                case "already_provisioned" -> {
                    existing.put(entry.number(), entry.tariff());
                    foundThere++;
                }
                default -> {
                    if ("busy".equals(result.path("code").asText())) {
                        retry.add(entry);
                        continue;
                    }
                    refusals.merge("connecting (" + result.path("reason").asText(result.path("code").asText()) + ")", 1, Integer::sum);
                }
            }
            answered++;
        }
        if (progress != null && answered >= nextReport) {
            progress.printf("  %,d of %,d numbers connected or found%n", answered, expected);
            progress.flush();
            nextReport += Math.max(1, expected / 10);
        }
    }

    @Override
    public void await() throws InterruptedException {
        flush();
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (true) {
            requests.acquire(REQUESTS);
            requests.release(REQUESTS);
            checkFailure();
            List<Entry> again;
            synchronized (this) {
                again = new ArrayList<>(retry);
                retry.clear();
            }
            if (again.isEmpty()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AdminApiException("the operator at " + api.where() + " stayed too busy to connect " + again.size() + " numbers");
            }
            TimeUnit.MILLISECONDS.sleep(100);
            for (Entry entry : again) {
                add(entry);
            }
            flush();
        }
    }

    private void checkFailure() {
        RuntimeException e = failure;
        if (e != null) {
            throw e;
        }
    }

    @Override
    public synchronized boolean connectedNow(long msisdn) {
        return created.contains(msisdn);
    }

    /** A member's tariff is its family's, or the one it was connected with when joining was refused: either is right. */
    @Override
    public synchronized void familyMember(long msisdn) {
        existing.remove(msisdn);
    }

    /** The numbers that were subscribers already, with the tariff the scenario would give them. */
    public synchronized Map<Long, String> existing() {
        return Map.copyOf(existing);
    }

    @Override
    public synchronized List<String> report() {
        List<String> lines = new ArrayList<>();
        if (foundThere > 0) {
            lines.add(String.format("%,d numbers were subscribers of the target already and were left as they are (%,d connected now)",
                    foundThere, created.size()));
        }
        refusals.forEach((what, count) -> lines.add(String.format("%,d refused: %s", count, what)));
        return lines;
    }

    private record Entry(long number, String tariff, long balance) {
    }
}
