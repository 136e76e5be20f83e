package io.telesim.engine.journal;

/** What is wrong with a journal record, if anything. */
enum RecordDefect {
    NONE("intact"),
    TOO_SHORT("it is shorter than a record header"),
    TOO_LONG("its length is beyond the largest command"),
    LENGTH_MISMATCH("its length field disagrees with the document's length"),
    CHECKSUM_MISMATCH("its CRC32C does not match its bytes");

    private final String description;

    RecordDefect(String description) {
        this.description = description;
    }

    String description() {
        return description;
    }
}
