package io.telesim.engine.pipeline;

/** Where the output stage writes the statement records of an applied command (F7). Output thread only. */
public interface StatementSink {

    StatementSink NONE = new StatementSink() {
        @Override
        public void write(CommandSlot slot) {
        }

        @Override
        public void endOfBatch() {
        }
    };

    /** Writes the records of the command in {@code slot}: its rated usage and each money movement. */
    void write(CommandSlot slot);

    /**
     * Makes what was written so far readable; the output stage calls it before it replies to the commands
     * written. Output thread only.
     */
    default void commit() {
    }

    /** The end of a ring batch: make what was written readable, and durable as configured. */
    void endOfBatch();

    /**
     * Where the statement data {@code slot}'s records will update lies (its number's chain head), negative when
     * unknown; for the output stage's {@link ReadAhead}. Only reads.
     */
    default long locate(CommandSlot slot) {
        return -1;
    }

    /** Reads the data at a location {@link #locate} returned; returns a value to keep. Only reads. */
    default long touch(long location) {
        return 0;
    }
}
