package io.telesim.engine.statement;

import net.openhft.chronicle.bytes.RandomDataInput;
import net.openhft.chronicle.bytes.RandomDataOutput;

/**
 * The bytes of one record in the statement log: 104 bytes, fixed offsets, native byte order, in a chunk of
 * records ({@link ChunkLayout}).
 *
 * <pre>
 *   0 time             long   epoch ms
 *   8 msisdn           long
 *  16 party            long   PartyNumber, 0 when none
 *  24 used units       long
 *  32 charged units    long
 *  40 bundle units     long
 *  48 money            long   signed kopecks
 *  56 balance after    long
 *  64 event id         long
 *  72 journal position long
 *  80 previous         long   the number's previous record, NONE when this is its first
 *  88 previous month   long   the number's newest record of an earlier chain month, or NONE
 *  96 item             int    catalog index, -1 when none
 * 100 chain month      short  see {@link NumberChain}
 * 102 kind and flags   byte   bits 0-5 the StatementKind code; bit 7 set when the chain month's records up to
 *                             this one are not all in that month in time order
 * 103 destination      byte   DestinationClass ordinal, -1 when none
 * </pre>
 */
final class RecordLayout {

    static final int LENGTH = 104;
    /** A position no record has: the end of a chain. */
    static final long NONE = -1L;

    private static final int TIME = 0;
    private static final int MSISDN = 8;
    private static final int PARTY = 16;
    private static final int USED = 24;
    private static final int CHARGED = 32;
    private static final int BUNDLE = 40;
    private static final int MONEY = 48;
    private static final int BALANCE = 56;
    private static final int EVENT = 64;
    private static final int JOURNAL = 72;
    private static final int PREVIOUS = 80;
    private static final int PREVIOUS_MONTH = 88;
    private static final int ITEM = 96;
    private static final int CHAIN_MONTH = 100;
    private static final int KIND_AND_FLAGS = 102;
    private static final int DESTINATION = 103;

    private static final int KIND_MASK = 0x3F;
    private static final int IRREGULAR = 0x80;

    private RecordLayout() {
    }

    /** Writes the record's fields and the links the chain gave it at {@code base}. */
    static void write(StatementRecord record, NumberChain links, RandomDataOutput<?> out, long base) {
        out.writeLong(base + TIME, record.timeMillis());
        out.writeLong(base + MSISDN, record.msisdn());
        out.writeLong(base + PARTY, record.party());
        out.writeLong(base + USED, record.usedUnits());
        out.writeLong(base + CHARGED, record.chargedUnits());
        out.writeLong(base + BUNDLE, record.bundleUnits());
        out.writeLong(base + MONEY, record.money());
        out.writeLong(base + BALANCE, record.balanceAfter());
        out.writeLong(base + EVENT, record.eventId());
        out.writeLong(base + JOURNAL, record.journalPosition());
        out.writeLong(base + PREVIOUS, links.previous());
        out.writeLong(base + PREVIOUS_MONTH, links.previousMonth());
        out.writeInt(base + ITEM, record.item());
        out.writeShort(base + CHAIN_MONTH, (short) links.chainMonth());
        out.writeByte(base + KIND_AND_FLAGS, (byte) (record.kindCode() | (links.irregular() ? IRREGULAR : 0)));
        out.writeByte(base + DESTINATION, (byte) record.destinationOrdinal());
    }

    /** Reads a record (at offset 0 of {@code in}) into {@code into}, with its position. */
    static StatementRecord read(RandomDataInput in, long position, StatementRecord into) {
        return into.position(position)
                .timeMillis(in.readLong(TIME))
                .msisdn(in.readLong(MSISDN))
                .party(in.readLong(PARTY))
                .units(in.readLong(USED), in.readLong(CHARGED), in.readLong(BUNDLE))
                .money(in.readLong(MONEY))
                .balanceAfter(in.readLong(BALANCE))
                .eventId(in.readLong(EVENT))
                .journalPosition(in.readLong(JOURNAL))
                .item(in.readInt(ITEM))
                .kindCode(kindCode(in))
                .destinationOrdinal(in.readByte(DESTINATION));
    }

    static long time(RandomDataInput in) {
        return in.readLong(TIME);
    }

    static long msisdn(RandomDataInput in) {
        return in.readLong(MSISDN);
    }

    static long party(RandomDataInput in) {
        return in.readLong(PARTY);
    }

    static long journalPosition(RandomDataInput in) {
        return in.readLong(JOURNAL);
    }

    static long previous(RandomDataInput in) {
        return in.readLong(PREVIOUS);
    }

    static long previousMonth(RandomDataInput in) {
        return in.readLong(PREVIOUS_MONTH);
    }

    static int chainMonth(RandomDataInput in) {
        return in.readShort(CHAIN_MONTH);
    }

    static int kindCode(RandomDataInput in) {
        return in.readByte(KIND_AND_FLAGS) & KIND_MASK;
    }

    static boolean irregular(RandomDataInput in) {
        return (in.readByte(KIND_AND_FLAGS) & IRREGULAR) != 0;
    }
}
