package io.telesim.engine.pipeline;

import java.util.function.LongConsumer;

import org.agrona.BufferUtil;
import org.agrona.collections.Long2LongHashMap;
import org.agrona.concurrent.UnsafeBuffer;

import io.telesim.billing.account.AccountRecord;

/**
 * Accounts in one off-heap buffer, back to back and cache-line aligned, found through a primitive index:
 * the engine without a data directory (tests, benchmarks of the pipeline alone). Nothing survives the process.
 */
public final class InMemoryAccounts implements AccountRepository {

    private static final long MISSING = -1;

    private final UnsafeBuffer slots;
    private final Long2LongHashMap offsets;
    private final int capacity;
    private int used;

    public InMemoryAccounts(int capacity) {
        this.capacity = capacity;
        this.slots = new UnsafeBuffer(BufferUtil.allocateDirectAligned(Math.multiplyExact(capacity, AccountRecord.LENGTH), 64));
        this.offsets = new Long2LongHashMap(Math.max(16, capacity * 2), 0.6f, MISSING);
    }

    @Override
    public boolean find(long msisdn, AccountRecord into) {
        long offset = offsets.get(msisdn);
        if (offset == MISSING) {
            return false;
        }
        into.wrap(slots, (int) offset);
        return true;
    }

    @Override
    public boolean create(long msisdn, AccountRecord into) {
        if (offsets.get(msisdn) != MISSING) {
            return false;
        }
        if (used == capacity) {
            throw new IllegalStateException("the in-memory store holds at most " + capacity + " accounts");
        }
        int offset = used++ * AccountRecord.LENGTH;
        offsets.put(msisdn, offset);
        into.wrap(slots, offset);
        into.clear();
        return true;
    }

    @Override
    public long locate(long msisdn) {
        return offsets.get(msisdn);
    }

    @Override
    public long touch(long location) {
        return location < 0 ? 0 : slots.getLong((int) location) + slots.getLong((int) location + 64);
    }

    @Override
    public long size() {
        return offsets.size();
    }

    /** Removes the number; its slot is not reused (this store is for tests and short simulations). */
    @Override
    public boolean remove(long msisdn) {
        return offsets.remove(msisdn) != MISSING;
    }

    @Override
    public void forEachMsisdn(LongConsumer consumer) {
        offsets.forEach((msisdn, offset) -> consumer.accept(msisdn));
    }
}
