package io.telesim.engine.pipeline;

import io.telesim.engine.ReplyHandler;

/**
 * Where each ring slot's reply goes, kept in one array indexed by ring sequence rather than in the slots.
 * The reason is the garbage collector: storing a reference into a long-lived object makes G1 mark that
 * object's card for its refinement threads, and the slots lie a card or more apart, so a handler kept in
 * the slot cost a card per command (a third of a core at half a million commands a second). Consecutive
 * sequences share a card here.
 *
 * <p>A producer writes its slot's entry before publishing it; the output stage reads and clears it after;
 * the ring's sequences order the two.
 */
final class ReplyHandlers {

    private final ReplyHandler[] handlers;
    private final int mask;

    ReplyHandlers(int ringSize) {
        this.handlers = new ReplyHandler[ringSize];
        this.mask = ringSize - 1;
    }

    void put(long sequence, ReplyHandler handler) {
        handlers[(int) sequence & mask] = handler;
    }

    /** The handler of {@code sequence}, or null; forgets it so that the ring keeps no caller alive. */
    ReplyHandler take(long sequence) {
        int index = (int) sequence & mask;
        ReplyHandler handler = handlers[index];
        if (handler != null) {
            handlers[index] = null;
        }
        return handler;
    }
}
