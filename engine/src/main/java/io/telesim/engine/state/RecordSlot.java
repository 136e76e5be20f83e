package io.telesim.engine.state;

import org.agrona.concurrent.UnsafeBuffer;

/**
 * A buffer that a {@link FixedRecordStore} points at one stored value. Wrap a flyweight over it once, at
 * offset 0; every {@code find} then re-points the slot, and the flyweight with it, without allocating.
 *
 * <p>Its own type tells a store that a flyweight's buffer is one it may re-point (a plain buffer may be
 * shared with other flyweights and is never re-pointed).
 */
public final class RecordSlot extends UnsafeBuffer {

    /** A slot pointing nowhere until a store points it at a value. */
    public RecordSlot() {
        super();
    }

    void point(long address, int length) {
        wrap(address, length);
    }
}
