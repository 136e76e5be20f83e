package io.telesim.simulator.web.numbers;

import java.util.Optional;

import io.telesim.simulator.web.store.JsonRecords;
import io.telesim.simulator.web.store.KeyValueStore;

/**
 * Who owns each number, as the web side knows it (F8 joins only numbers of one owner): the engine has no
 * owners, so an owner id is recorded here per number, by the admin API when a number is provisioned for a
 * person or company. A number without a record is owned by itself: its owner id is its own number, so
 * setting {@code B}'s owner to {@code "A"} makes {@code A} and {@code B} numbers of one owner. Any number of
 * instances over one store agree.
 */
public final class NumberOwners {

    /** Owner ids are at most this long. */
    public static final int MAX_OWNER_LENGTH = 100;

    private final JsonRecords<String> owners;

    public NumberOwners(KeyValueStore store) {
        this.owners = new JsonRecords<>(store, "owner/", String.class);
    }

    /**
     * Records {@code ownerId} as the owner of {@code msisdn}.
     *
     * @throws IllegalArgumentException when the id is blank or longer than {@link #MAX_OWNER_LENGTH}
     */
    public void set(long msisdn, String ownerId) {
        if (ownerId == null || ownerId.isBlank() || ownerId.strip().length() > MAX_OWNER_LENGTH) {
            throw new IllegalArgumentException("an owner id is 1 to " + MAX_OWNER_LENGTH + " characters");
        }
        owners.put(Long.toString(msisdn), ownerId.strip());
    }

    /** Forgets the recorded owner: the number is owned by itself again. */
    public void clear(long msisdn) {
        owners.delete(Long.toString(msisdn));
    }

    /** The owner recorded for {@code msisdn}, if any. */
    public Optional<String> recorded(long msisdn) {
        return owners.get(Long.toString(msisdn));
    }

    /** The owner of {@code msisdn}: the recorded one, or the number itself. */
    public String ownerOf(long msisdn) {
        return recorded(msisdn).orElse(Long.toString(msisdn));
    }
}
