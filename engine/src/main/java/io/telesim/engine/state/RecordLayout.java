package io.telesim.engine.state;

import java.nio.charset.StandardCharsets;

/**
 * What the values of a {@link FixedRecordStore} are: a name, a layout version and a fixed length in bytes.
 * It is written beside every map file and into every checkpoint, so that a file written for one layout is
 * never read as another (an account file opened as reservations, or accounts whose fields have moved).
 *
 * @param name    short ASCII name of the record type, for example {@code account}
 * @param version bumped whenever the fields of the record move or change meaning
 * @param length  bytes of one value; a multiple of 8 so that values laid after 8-byte keys stay 8-byte aligned
 */
public record RecordLayout(String name, int version, int length) {

    /** Longest name the meta file and checkpoint headers hold. */
    public static final int MAX_NAME_BYTES = 32;

    public RecordLayout {
        byte[] bytes = name.getBytes(StandardCharsets.US_ASCII);
        if (bytes.length == 0 || bytes.length > MAX_NAME_BYTES || !name.equals(new String(bytes, StandardCharsets.US_ASCII))) {
            throw new IllegalArgumentException("layout name must be 1.." + MAX_NAME_BYTES + " ASCII characters: " + name);
        }
        if (version <= 0) {
            throw new IllegalArgumentException("layout version must be positive: " + version);
        }
        if (length <= 0 || length % Long.BYTES != 0) {
            throw new IllegalArgumentException("record length must be a positive multiple of 8: " + length);
        }
    }

    @Override
    public String toString() {
        return name + " v" + version + " (" + length + " bytes)";
    }
}
