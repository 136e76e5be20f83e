package io.telesim.engine.pipeline;

/**
 * How commands lie in the journal: the journal stage packs the commands of a ring batch, up to
 * {@value #PER_RECORD} of them, into one journal record, because a record costs a Chronicle document
 * (a lock, a header, an index entry) and a command is only 64 bytes. A command's position is its
 * record's position times {@value #PER_RECORD} plus its place in the record, so positions still grow
 * with every command and compare as plain longs.
 */
public final class CommandPositions {

    public static final int PER_RECORD = 128;
    private static final int SHIFT = 7;
    /** Chronicle's indexes use 55 bits today and 56 around 2100; this keeps positions positive. */
    private static final long LARGEST_RECORD = (1L << (63 - SHIFT)) - 1;

    private CommandPositions() {
    }

    /** The position of the command at {@code place} (0-based) in the record at {@code recordPosition}. */
    public static long of(long recordPosition, int place) {
        if (recordPosition < 0 || recordPosition > LARGEST_RECORD || place < 0 || place >= PER_RECORD) {
            throw new IllegalArgumentException("no command position for place " + place + " of record " + recordPosition);
        }
        return recordPosition << SHIFT | place;
    }

    /**
     * How many commands a journal record of {@code length} bytes holds.
     *
     * @throws IllegalStateException when the length is not a whole number of commands
     */
    public static int commandsIn(int length) {
        if (length <= 0 || length % CommandCodec.LENGTH != 0 || length / CommandCodec.LENGTH > PER_RECORD) {
            throw new IllegalStateException("a journal record of " + length + " bytes is not 1 to " + PER_RECORD + " commands of "
                    + CommandCodec.LENGTH + " bytes");
        }
        return length / CommandCodec.LENGTH;
    }

    /** The position of the record holding the command at {@code commandPosition}; -1 stays -1 (before everything). */
    public static long record(long commandPosition) {
        return commandPosition >> SHIFT;
    }
}
