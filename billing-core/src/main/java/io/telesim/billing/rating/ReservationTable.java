package io.telesim.billing.rating;

import java.nio.ByteBuffer;

import org.agrona.collections.IntArrayList;
import org.agrona.collections.Long2LongHashMap;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * Open reservations in preallocated slots, found by session id. Bounded: when every slot is taken,
 * {@link #claim} fails and the caller refuses the session. Allocation-free once built.
 *
 * <p>Single writer: used only by the thread that owns the accounts.
 */
public final class ReservationTable {

    private static final long MISSING = -1;

    private final UnsafeBuffer slots;
    private final Long2LongHashMap slotBySession;
    private final IntArrayList freeSlots;
    private final int capacity;

    public ReservationTable(int capacity) {
        this.capacity = capacity;
        this.slots = new UnsafeBuffer(ByteBuffer.allocateDirect(capacity * ReservationRecord.LENGTH));
        this.slotBySession = new Long2LongHashMap(capacity * 2, 0.65f, MISSING);
        this.freeSlots = new IntArrayList(capacity, -1);
        for (int i = capacity - 1; i >= 0; i--) {
            freeSlots.addInt(i);
        }
    }

    /**
     * Takes a free slot for {@code sessionId} and points {@code into} at it (cleared).
     *
     * @return false when the id is already open or no slot is free
     */
    public boolean claim(long sessionId, ReservationRecord into) {
        if (sessionId == 0 || slotBySession.get(sessionId) != MISSING || freeSlots.isEmpty()) {
            return false;
        }
        int slot = freeSlots.popInt();
        slotBySession.put(sessionId, slot);
        into.wrap(slots, slot * ReservationRecord.LENGTH);
        into.clear();
        return true;
    }

    /** Points {@code into} at the open reservation of {@code sessionId}; false when there is none. */
    public boolean find(long sessionId, ReservationRecord into) {
        long slot = slotBySession.get(sessionId);
        if (slot == MISSING) {
            return false;
        }
        into.wrap(slots, (int) slot * ReservationRecord.LENGTH);
        return true;
    }

    /** True when {@code sessionId} holds a slot. */
    public boolean contains(long sessionId) {
        return slotBySession.get(sessionId) != MISSING;
    }

    /** Frees the slot of {@code sessionId}, if any. */
    public void remove(long sessionId) {
        long slot = slotBySession.remove(sessionId);
        if (slot != MISSING) {
            slots.setMemory((int) slot * ReservationRecord.LENGTH, ReservationRecord.LENGTH, (byte) 0);
            freeSlots.addInt((int) slot);
        }
    }

    /** Calls {@code action} with the session id of every open reservation, in slot order. */
    public void forEachSession(java.util.function.LongConsumer action) {
        slotBySession.forEach((sessionId, slot) -> action.accept(sessionId));
    }

    public int size() {
        return slotBySession.size();
    }

    public int capacity() {
        return capacity;
    }

    /**
     * Collects the session ids of reservations that expired at or before {@code now} into {@code into}
     * (cleared first), in slot order. The caller then releases each one.
     */
    public void expired(long now, org.agrona.collections.LongArrayList into, ReservationRecord cursor) {
        into.clear();
        for (int slot = 0; slot < capacity; slot++) {
            cursor.wrap(slots, slot * ReservationRecord.LENGTH);
            if (cursor.sessionId() != 0 && cursor.expiresAt() <= now) {
                into.addLong(cursor.sessionId());
            }
        }
    }
}
