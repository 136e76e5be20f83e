package io.telesim.simulator.business;

import io.telesim.simulator.web.store.JsonRecords;
import io.telesim.simulator.web.store.KeyValueStore;

/** Durable counters for ids ({@code business/counter/NAME}): each {@link #next} is one more than the last, across restarts. */
final class Counters {

    private final JsonRecords<Long> counters;

    Counters(KeyValueStore store) {
        this.counters = new JsonRecords<>(store, BusinessBook.PREFIX + "counter/", Long.class);
    }

    /** The last value {@link #next} gave for {@code name}, 0 when none. */
    synchronized long peek(String name) {
        return counters.get(name).orElse(0L);
    }

    synchronized long next(String name) {
        long next = counters.get(name).orElse(0L) + 1;
        counters.put(name, next);
        return next;
    }
}
