package io.telesim.simulator.csv;

import java.util.List;

/** One data row of a CSV file, with its line number for errors. */
public final class CsvRow {

    private final String file;
    private final int line;
    private final List<String> header;
    private final List<String> fields;

    CsvRow(String file, int line, List<String> header, List<String> fields) {
        this.file = file;
        this.line = line;
        this.header = header;
        this.fields = fields;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    /** The field of column {@code column} (0-based), without surrounding spaces. */
    public String get(int column) {
        return fields.get(column);
    }

    /** An error about the row: {@code FILE:LINE: reason}. */
    public CsvException error(String reason) {
        return new CsvException(file, line, reason);
    }

    /** An error about one field: {@code FILE:LINE: column: reason}. */
    public CsvException error(int column, String reason) {
        return new CsvException(file, line, header.get(column) + ": " + reason);
    }
}
