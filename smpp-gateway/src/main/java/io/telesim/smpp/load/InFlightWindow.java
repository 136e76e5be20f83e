package io.telesim.smpp.load;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * The {@code submit_sm} of one bind awaiting their response: at most {@code size}, each in a slot that holds its
 * message index and send time. A message's sequence number names its slot ({@code round * size + slot + 1}, the
 * round growing by one per message), so a response finds its message without a map, and sequence numbers still
 * increase from one message to the next.
 *
 * <p>One writer thread acquires slots and sends; one reader thread takes them back as responses come, reads them,
 * and frees them.
 */
final class InFlightWindow {

    private final int size;
    private final int lastRound;
    private final ArrayBlockingQueue<Integer> freeSlots;
    private final Integer[] slotBoxes;
    private final AtomicIntegerArray sequenceOfSlot;
    private final AtomicLongArray sentNanosOfSlot;
    private final AtomicLongArray indexOfSlot;
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
        this.indexOfSlot = new AtomicLongArray(size);
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

    /** Puts message {@code index}, sent at {@code sentNanos}, in flight in an acquired slot; returns its sequence number. */
    int send(int slot, long index, long sentNanos) {
        int sequence = round * size + slot + 1;
        round = round == lastRound ? 0 : round + 1;
        indexOfSlot.lazySet(slot, index);
        sentNanosOfSlot.lazySet(slot, sentNanos);
        sequenceOfSlot.set(slot, sequence);
        return sequence;
    }

    /**
     * The slot of {@code sequence}, now no longer in flight, or -1 when the sequence number is not in flight. Read its
     * message with {@link #index} and {@link #sentNanos}, then {@link #free} it.
     */
    int takeBack(int sequence) {
        if (sequence <= 0) {
            return -1;
        }
        int slot = (sequence - 1) % size;
        if (!sequenceOfSlot.compareAndSet(slot, sequence, 0)) {
            return -1;
        }
        return slot;
    }

    long index(int slot) {
        return indexOfSlot.get(slot);
    }

    long sentNanos(int slot) {
        return sentNanosOfSlot.get(slot);
    }

    void free(int slot) {
        freeSlots.add(slotBoxes[slot]);
    }

    int inFlight() {
        return size - freeSlots.size();
    }
}
