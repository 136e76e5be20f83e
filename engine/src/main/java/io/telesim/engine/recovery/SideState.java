package io.telesim.engine.recovery;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.agrona.concurrent.UnsafeBuffer;

import io.telesim.billing.bonus.Gift;
import io.telesim.billing.bonus.GiftLedger;
import io.telesim.billing.rating.ReservationRecord;
import io.telesim.billing.rating.ReservationTable;

/**
 * The small state beside the accounts, saved with every checkpoint: open reservations and bonus gifts.
 * Both are captured as bytes while the apply thread is paused (they are small) and written later.
 */
final class SideState {

    private static final int SESSIONS_MAGIC = 0x5E55_1011;
    private static final int GIFTS_MAGIC = 0x61F7_1011;

    private SideState() {
    }

    /** The open reservations as bytes: a count, then each record. Apply thread only. */
    static byte[] captureSessions(ReservationTable table) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 + table.size() * ReservationRecord.LENGTH);
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(SESSIONS_MAGIC);
        out.writeInt(table.size());
        ReservationRecord cursor = new ReservationRecord();
        byte[] record = new byte[ReservationRecord.LENGTH];
        table.forEachSession(sessionId -> {
            table.find(sessionId, cursor);
            cursor.buffer().getBytes(cursor.offset(), record);
            inMemory(() -> out.write(record));
        });
        out.flush();
        return bytes.toByteArray();
    }

    static void restoreSessions(DataInputStream in, ReservationTable table) throws IOException {
        if (in.readInt() != SESSIONS_MAGIC) {
            throw new IOException("the open sessions are missing from the checkpoint");
        }
        int count = in.readInt();
        byte[] record = new byte[ReservationRecord.LENGTH];
        ReservationRecord saved = new ReservationRecord().wrap(new UnsafeBuffer(record), 0);
        ReservationRecord slot = new ReservationRecord();
        for (int i = 0; i < count; i++) {
            in.readFully(record);
            if (!table.claim(saved.sessionId(), slot)) {
                throw new IOException("the checkpoint holds " + count + " open sessions; the engine is configured for " + table.capacity());
            }
            slot.copyFrom(saved);
        }
    }

    /** The gifts and the ledger's code sequence as bytes. Apply thread only. */
    static byte[] captureGifts(GiftLedger ledger) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 + ledger.size() * 64);
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(GIFTS_MAGIC);
        out.writeLong(ledger.sequence());
        out.writeInt(ledger.size());
        ledger.forEach(gift -> inMemory(() -> {
            out.writeLong(gift.code());
            out.writeLong(gift.giver());
            out.writeLong(gift.recipient());
            out.writeLong(gift.points());
            out.writeLong(gift.createdAt());
            out.writeLong(gift.expiresAt());
            out.writeByte(gift.state().ordinal());
        }));
        out.flush();
        return bytes.toByteArray();
    }

    static void restoreGifts(DataInputStream in, GiftLedger ledger) throws IOException {
        if (in.readInt() != GIFTS_MAGIC) {
            throw new IOException("the bonus gifts are missing from the checkpoint");
        }
        long sequence = in.readLong();
        int count = in.readInt();
        Gift.State[] states = Gift.State.values();
        for (int i = 0; i < count; i++) {
            Gift gift = new Gift(in.readLong(), in.readLong(), in.readLong(), in.readLong(), in.readLong(), in.readLong(),
                    states[in.readByte()]);
            ledger.restore(gift);
        }
        ledger.restoreSequence(sequence);
    }

    /** A write to a stream over a byte array, which never fails, inside a lambda that may not throw. */
    private static void inMemory(Write write) {
        try {
            write.run();
        } catch (IOException e) {
            throw new UncheckedIOException("a write to memory failed", e);
        }
    }

    @FunctionalInterface
    private interface Write {
        void run() throws IOException;
    }
}
