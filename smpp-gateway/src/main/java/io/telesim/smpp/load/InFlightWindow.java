package io.telesim.smpp.load;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * The {@code submit_sm} of one bind awaiting their response: at most {@code size}, each in a slot. A message's
 * sequence number names its slot ({@code round * size + slot + 1}, the round growing by one per message), so a
 * response finds its send time without a map, and sequence numbers still increase from one message to the next.
 *
 * <p>One writer thread acquires slots and sends; one reader thread releases them as responses come.
 */
final class InFlightWindow {

    /** {@link #release} answers this for a sequence number that is not in flight. */
    static final long NOT_IN_FLIGHT = Long.MIN_VALUE;

    private final int size;
    private final int lastRound;
    private final ArrayBlockingQueue<Integer> freeSlots;
    private final Integer[] slotBoxes;
    private final AtomicIntegerArray sequenceOfSlot;
    private final AtomicLongArray sentNanosOfSlot;
    private int round;

    InFlightWindow(int size) {
        this.size = size;
        // Sequence numbers stay below Integer.MAX_VALUE, which the bind keeps for its unbind.
        this.lastRound = (Integer.MAX_VALUE - 1) / size - 1;
        this.freeSlots = new ArrayBlockingQueue<>(size);
        this.slotBoxes = new Integer[size];
        for (int slot = 0; slot < size; slot++) {
            slotBoxes[slot] = slot;
            freeSlots.add(slotBoxes[slot]);
        }
        this.sequenceOfSlot = new AtomicIntegerArray(size);
        this.sentNanosOfSlot = new AtomicLongArray(size);
    }

    /** A free slot, or -1 when the window is full. */
    int tryAcquire() {
        Integer slot = freeSlots.poll();
        return slot == null ? -1 : slot;
    }

    /** A free slot, waiting up to {@code timeoutNanos}; -1 if none came. */
    int acquire(long timeoutNanos) throws InterruptedException {
        Integer slot = freeSlots.poll(timeoutNanos, TimeUnit.NANOSECONDS);
        return slot == null ? -1 : slot;
    }

    /** Puts an acquired slot in flight from {@code sentNanos}; returns the sequence number to send it with. */
    int send(int slot, long sentNanos) {
        int sequence = round * size + slot + 1;
        round = round == lastRound ? 0 : round + 1;
        sentNanosOfSlot.lazySet(slot, sentNanos);
        sequenceOfSlot.set(slot, sequence);
        return sequence;
    }

    /** Frees the slot of {@code sequence} and returns its send time, or {@link #NOT_IN_FLIGHT}. */
    long release(int sequence) {
        if (sequence <= 0) {
            return NOT_IN_FLIGHT;
        }
        int slot = (sequence - 1) % size;
        if (sequenceOfSlot.get(slot) != sequence) {
            return NOT_IN_FLIGHT;
        }
        long sentNanos = sentNanosOfSlot.get(slot);
        sequenceOfSlot.set(slot, 0);
        freeSlots.add(slotBoxes[slot]);
        return sentNanos;
    }

    int inFlight() {
        return size - freeSlots.size();
    }
}
