package io.telesim.simulator.web.numbers;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.telesim.simulator.web.store.JsonRecords;
import io.telesim.simulator.web.store.KeyValueStore;

/**
 * The durable requests to add numbers to accounts (F8), in the web store: each account's requests newest
 * first, an index of the open ones by when they are due, and the open request of each number (one at a
 * time). Changes are serialised. The store writes one key at a time, so a crash may leave an index entry
 * of a request that is no longer open: {@link #due} drops such entries when it meets them.
 */
public final class NumberRequests {

    private static final String REQUESTS = "number-request/";
    private static final String DUE = "number-request-due/";
    private static final String OPEN = "number-request-open/";

    private final KeyValueStore store;
    private final JsonRecords<NumberRequest> requests;
    private final JsonRecords<String> open;

    public NumberRequests(KeyValueStore store) {
        this.store = store;
        this.requests = new JsonRecords<>(store, REQUESTS, NumberRequest.class);
        this.open = new JsonRecords<>(store, OPEN, String.class);
    }

    /**
     * Records a new request of {@code primary}'s account for {@code number}, due at {@code dueAt}.
     *
     * @return the request, or empty when {@code number} already has an open request
     */
    public synchronized Optional<NumberRequest> submit(long primary, long number, long now, long dueAt) {
        if (openFor(number).isPresent()) {
            return Optional.empty();
        }
        // Newest first in key order: the time counted down from the far future.
        String id = String.format("%019d-%d", Long.MAX_VALUE - now, number);
        NumberRequest request = NumberRequest.submit(id, primary, number, now, dueAt);
        requests.put(key(primary, id), request);
        store.put(dueKey(request), bytes(key(primary, id)));
        open.put(Long.toString(number), key(primary, id));
        return Optional.of(request);
    }

    /** The account's requests, newest first, at most {@code limit}. */
    public List<NumberRequest> ofAccount(long primary, int limit) {
        return requests.list(primary + "/", limit);
    }

    public Optional<NumberRequest> get(long primary, String id) {
        if (id == null || id.isEmpty() || id.indexOf('/') >= 0) {
            return Optional.empty();
        }
        return requests.get(key(primary, id));
    }

    /** The open request for {@code number}, if there is one. */
    public Optional<NumberRequest> openFor(long number) {
        return open.get(Long.toString(number)).flatMap(requests::get).filter(NumberRequest::isOpen);
    }

    /** The open requests due at {@code now}, earliest first, at most {@code limit}. */
    public synchronized List<NumberRequest> due(long now, int limit) {
        List<NumberRequest> due = new ArrayList<>();
        for (Map.Entry<String, byte[]> entry : store.scan(DUE, limit)) {
            long dueAt = Long.parseLong(entry.getKey().substring(DUE.length(), DUE.length() + 19));
            if (dueAt > now) {
                break;
            }
            Optional<NumberRequest> request = requests.get(new String(entry.getValue(), StandardCharsets.UTF_8));
            if (request.isPresent() && request.get().isOpen()) {
                due.add(request.get());
            } else {
                store.delete(entry.getKey());
            }
        }
        return due;
    }

    /** Saves a request that is done or refused and takes it out of the open ones. */
    public synchronized void finish(NumberRequest finished) {
        if (finished.isOpen()) {
            throw new IllegalArgumentException("request " + finished.id() + " is still open");
        }
        String key = key(finished.primary(), finished.id());
        requests.put(key, finished);
        if (open.get(Long.toString(finished.number())).filter(key::equals).isPresent()) {
            open.delete(Long.toString(finished.number()));
        }
        store.delete(dueKey(finished));
    }

    private static String key(long primary, String id) {
        return primary + "/" + id;
    }

    private static String dueKey(NumberRequest request) {
        return DUE + String.format("%019d", request.dueAt()) + "/" + key(request.primary(), request.id());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
