package io.telesim.simulator.offline;

import org.agrona.collections.Long2LongHashMap;
import org.agrona.concurrent.UnsafeBuffer;

import io.telesim.billing.account.AccountRecord;

/**
 * The accounts of an offline run: fixed-size slots of one heap buffer, found by number through a
 * primitive map, read and written through {@link AccountRecord} flyweights. Single writer: one thread
 * runs the whole offline rating.
 */
public final class AccountStore {

    private static final long MISSING = -1;

    private final UnsafeBuffer slots;
    private final Long2LongHashMap slotByNumber;
    private final int capacity;
    private int size;

    public AccountStore(int capacity) {
        this.capacity = capacity;
        this.slots = new UnsafeBuffer(new byte[Math.multiplyExact(Math.max(1, capacity), AccountRecord.LENGTH)]);
        this.slotByNumber = new Long2LongHashMap(MISSING);
    }

    /**
     * Takes a zeroed slot for {@code msisdn} and points {@code into} at it, ready for provisioning.
     *
     * @return false when the number already has a slot or the store is full
     */
    public boolean claim(long msisdn, AccountRecord into) {
        if (size == capacity || slotByNumber.get(msisdn) != MISSING) {
            return false;
        }
        slotByNumber.put(msisdn, size);
        into.wrap(slots, size * AccountRecord.LENGTH);
        into.clear();
        size++;
        return true;
    }

    /** Points {@code into} at the account of {@code msisdn}; false when there is none. */
    public boolean find(long msisdn, AccountRecord into) {
        long slot = slotByNumber.get(msisdn);
        if (slot == MISSING) {
            return false;
        }
        into.wrap(slots, (int) slot * AccountRecord.LENGTH);
        return true;
    }

    public int size() {
        return size;
    }
}
