package io.telesim.engine.recovery;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.zip.CRC32C;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;

import io.telesim.engine.pipeline.EngineCore;
import io.telesim.engine.pipeline.IdempotencyTable;

/**
 * The checkpoint file of everything beside the accounts: open sessions, bonus gifts and the idempotency
 * window, followed by a CRC32C of all of it, so a damaged file is refused rather than half loaded.
 */
final class SideStateFile {

    private static final int MAGIC = 0x51DE_57A7;

    private SideStateFile() {
    }

    static void write(Path file, byte[] sessions, byte[] gifts, IdempotencyTable.Stage idempotency) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        CRC32C crc = new CRC32C();
        try (OutputStream raw = Files.newOutputStream(tmp);
             CheckedOutputStream checked = new CheckedOutputStream(new BufferedOutputStream(raw, 1 << 20), crc);
             DataOutputStream out = new DataOutputStream(checked)) {
            out.writeInt(MAGIC);
            out.write(sessions);
            out.write(gifts);
            idempotency.writeTo(out);
            out.flush();
            new DataOutputStream(raw).writeLong(crc.getValue());
        }
        try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    static void read(Path file, EngineCore core) throws IOException {
        CRC32C crc = new CRC32C();
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 20)) {
            DataInputStream in = new DataInputStream(new CheckedInputStream(raw, crc));
            if (in.readInt() != MAGIC) {
                throw new IOException(file + ": not a Telesim checkpoint side file");
            }
            SideState.restoreSessions(in, core.reservations());
            SideState.restoreGifts(in, core.gifts());
            core.idempotency().readFrom(in);
            long expected = crc.getValue();
            long stored = new DataInputStream(raw).readLong();
            if (stored != expected) {
                throw new IOException(file + ": checksum mismatch: the checkpoint is damaged");
            }
        } catch (java.io.EOFException e) {
            throw new IOException(file + ": truncated: the checkpoint is damaged", e);
        }
    }
}
