package io.telesim.engine.journal;

import java.nio.ByteBuffer;
import org.agrona.concurrent.UnsafeBuffer;

/** Deterministic test commands: the bytes of command {@code n} are a function of {@code n}. */
final class Commands {

    static final int LENGTH = 80;

    private Commands() {
    }

    /** @return the bytes of command {@code n}, {@code length} long */
    static byte[] bytes(long n, int length) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) (n * 31 + i * 7 + (n >>> 8));
        }
        return bytes;
    }

    /** @return command {@code n} of the engine's size in an off-heap buffer, as the ring holds it */
    static UnsafeBuffer offHeap(long n) {
        byte[] bytes = bytes(n, LENGTH);
        UnsafeBuffer buffer = new UnsafeBuffer(ByteBuffer.allocateDirect(LENGTH));
        buffer.putBytes(0, bytes);
        return buffer;
    }

    /** Appends commands {@code from} to {@code to} (exclusive), one batch each; returns their positions. */
    static long[] append(CommandJournal journal, long from, long to) {
        long[] positions = new long[(int) (to - from)];
        for (long n = from; n < to; n++) {
            positions[(int) (n - from)] = journal.append(new UnsafeBuffer(bytes(n, LENGTH)), 0, LENGTH);
            journal.endOfBatch();
        }
        return positions;
    }
}
