package io.telesim.engine.state;

import static java.nio.ByteOrder.LITTLE_ENDIAN;
import static java.nio.file.StandardOpenOption.READ;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

import net.openhft.chronicle.hash.impl.SizePrefixedBlob;

/**
 * Checks the first bytes of an existing Chronicle Map file before Chronicle opens it. Chronicle polls a
 * header that is not marked complete for a whole minute before failing (it assumes another process is still
 * creating the file); here nobody else can be, since the caller holds the store's lock, so such a file fails
 * at once with a message that says why.
 */
final class MapFileCheck {

    private MapFileCheck() {
    }

    static void checkHeader(Path mapFile) throws IOException {
        try (FileChannel channel = FileChannel.open(mapFile, READ)) {
            long size = channel.size();
            if (size < SizePrefixedBlob.SELF_BOOTSTRAPPING_HEADER_OFFSET) {
                throw new StateFileException(mapFile, "is " + size + " bytes: truncated, shorter than a Chronicle Map header");
            }
            ByteBuffer word = ByteBuffer.allocate(Integer.BYTES).order(LITTLE_ENDIAN);
            FileIo.readFully(channel, word, SizePrefixedBlob.SIZE_WORD_OFFSET);
            int sizeWord = word.getInt(0);
            if (!SizePrefixedBlob.isReady(sizeWord)) {
                throw new StateFileException(mapFile, "the Chronicle Map header is not marked complete (size word 0x"
                        + Integer.toHexString(sizeWord) + "): the process that created or recovered it died, or this is not a"
                        + " map file; restore it from a checkpoint");
            }
            long headerEnd = SizePrefixedBlob.SELF_BOOTSTRAPPING_HEADER_OFFSET + (long) SizePrefixedBlob.extractSize(sizeWord);
            if (headerEnd > size) {
                throw new StateFileException(mapFile, "is " + size + " bytes: truncated inside its " + headerEnd + "-byte header");
            }
        }
    }
}
