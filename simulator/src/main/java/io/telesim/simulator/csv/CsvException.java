package io.telesim.simulator.csv;

import io.telesim.simulator.input.BadInputException;

/** A CSV file or row we cannot use: {@code FILE:LINE: reason}. */
public final class CsvException extends BadInputException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;

    public CsvException(String file, int line, String reason) {
        super(file + ":" + line + ": " + reason);
        this.file = file;
        this.line = line;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }
}
