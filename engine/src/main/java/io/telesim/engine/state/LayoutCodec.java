package io.telesim.engine.state;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Writes and reads a {@link RecordLayout} inside the little-endian headers of meta and checkpoint files. */
final class LayoutCodec {

    /** Bytes a layout takes: version, length, name length, name. */
    static final int BYTES = 3 * Integer.BYTES + RecordLayout.MAX_NAME_BYTES;

    private LayoutCodec() {
    }

    static void put(ByteBuffer header, int offset, RecordLayout layout) {
        byte[] name = layout.name().getBytes(StandardCharsets.US_ASCII);
        header.putInt(offset, layout.version());
        header.putInt(offset + 4, layout.length());
        header.putInt(offset + 8, name.length);
        header.put(offset + 12, name);
    }

    static RecordLayout get(ByteBuffer header, int offset, Path file) throws StateFileException {
        int version = header.getInt(offset);
        int length = header.getInt(offset + 4);
        int nameLength = header.getInt(offset + 8);
        if (nameLength <= 0 || nameLength > RecordLayout.MAX_NAME_BYTES) {
            throw new StateFileException(file, "record layout name length " + nameLength + " is out of range");
        }
        byte[] name = new byte[nameLength];
        header.get(offset + 12, name);
        try {
            return new RecordLayout(new String(name, StandardCharsets.US_ASCII), version, length);
        } catch (IllegalArgumentException e) {
            throw new StateFileException(file, "record layout is invalid: " + e.getMessage(), e);
        }
    }
}
