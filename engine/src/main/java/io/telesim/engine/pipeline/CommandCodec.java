package io.telesim.engine.pipeline;

import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;

import io.telesim.engine.CommandType;

/**
 * The journal's record of a command: its fields and the time the engine gave it, in {@link #LENGTH}
 * little-endian bytes. Replaying these records through the apply stage rebuilds the state exactly.
 */
public final class CommandCodec {

    private static final int VERSION = 0;
    private static final int TYPE = 1;
    private static final int ITEM = 4;
    private static final int COMMAND_ID = 8;
    private static final int MSISDN = 16;
    private static final int SESSION_ID = 24;
    private static final int OTHER = 32;
    private static final int AMOUNT = 40;
    private static final int AMOUNT2 = 48;
    private static final int TIME = 56;

    /** Bytes one command takes in the journal. */
    public static final int LENGTH = 64;

    private static final byte FORMAT_VERSION = 1;

    private CommandCodec() {
    }

    static void encode(CommandSlot slot, MutableDirectBuffer buffer, int offset) {
        buffer.putByte(offset + VERSION, FORMAT_VERSION);
        buffer.putByte(offset + TYPE, (byte) slot.type().ordinal());
        buffer.putShort(offset + TYPE + 1, (short) 0);
        buffer.putInt(offset + ITEM, slot.item);
        buffer.putLong(offset + COMMAND_ID, slot.commandId);
        buffer.putLong(offset + MSISDN, slot.msisdn);
        buffer.putLong(offset + SESSION_ID, slot.sessionId);
        buffer.putLong(offset + OTHER, slot.other);
        buffer.putLong(offset + AMOUNT, slot.amount);
        buffer.putLong(offset + AMOUNT2, slot.amount2);
        buffer.putLong(offset + TIME, slot.time);
    }

    /**
     * Fills {@code slot} from a journal record.
     *
     * @throws IllegalStateException when the record is not a command of a format this engine knows
     */
    static void decode(DirectBuffer buffer, int offset, int length, CommandSlot slot) {
        if (length != LENGTH || buffer.getByte(offset + VERSION) != FORMAT_VERSION) {
            throw new IllegalStateException("journal record of " + length + " bytes, format " + buffer.getByte(offset + VERSION)
                    + ": this engine reads format " + FORMAT_VERSION + " records of " + LENGTH + " bytes");
        }
        slot.type(CommandType.ofOrdinal(buffer.getByte(offset + TYPE)));
        slot.item = buffer.getInt(offset + ITEM);
        slot.commandId = buffer.getLong(offset + COMMAND_ID);
        slot.msisdn = buffer.getLong(offset + MSISDN);
        slot.sessionId = buffer.getLong(offset + SESSION_ID);
        slot.other = buffer.getLong(offset + OTHER);
        slot.amount = buffer.getLong(offset + AMOUNT);
        slot.amount2 = buffer.getLong(offset + AMOUNT2);
        slot.time = buffer.getLong(offset + TIME);
        slot.query = null;
        slot.submitNanos = 0;
    }
}
