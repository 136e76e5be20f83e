package io.telesim.smpp.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class InFlightWindowProperties {

    /**
     * Messages sent and answered in any order: each response finds exactly its own message once, sequence numbers
     * keep increasing, and the window never holds more than its size.
     */
    @Property
    void everyResponseFindsItsOwnMessageOnce(@ForAll @IntRange(min = 1, max = 8) int size,
            @ForAll @Size(max = 300) List<@IntRange(min = 0, max = 9) Integer> steps) {
        InFlightWindow window = new InFlightWindow(size);
        List<long[]> inFlight = new ArrayList<>(); // {sequence, index}
        Set<Integer> answered = new HashSet<>();
        int lastSequence = 0;
        long nextIndex = 0;
        for (int step : steps) {
            int slot = window.tryAcquire();
            if (step < 6 && slot >= 0) {
                long index = nextIndex++;
                int sequence = window.send(slot, index, index * 10);
                assertTrue(sequence > lastSequence, "sequence numbers increase");
                lastSequence = sequence;
                inFlight.add(new long[] {sequence, index});
            } else {
                if (slot >= 0) {
                    window.free(slot);
                }
                if (!inFlight.isEmpty()) {
                    long[] message = inFlight.remove(step % inFlight.size());
                    int taken = window.takeBack((int) message[0]);
                    assertTrue(taken >= 0);
                    assertEquals(message[1], window.index(taken));
                    assertEquals(message[1] * 10, window.sentNanos(taken));
                    window.free(taken);
                    answered.add((int) message[0]);
                }
            }
            assertEquals(inFlight.size(), window.inFlight());
            assertTrue(window.inFlight() <= size);
        }
        for (int sequence : answered) {
            assertEquals(-1, window.takeBack(sequence), "a second response to one message finds nothing");
        }
    }
}
