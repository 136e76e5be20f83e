package io.telesim.simulator.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.telesim.simulator.input.InputFiles;

/**
 * Reads a small CSV file with a fixed header: comma-separated fields, optionally in double quotes
 * (a quote inside is written twice), spaces around fields ignored. Blank lines and lines starting
 * with {@code #} are skipped. The first other line must be the header, exactly.
 */
public final class CsvFile {

    private CsvFile() {
    }

    /**
     * @param header the expected column names, in order
     * @return the data rows, each with exactly one field per column
     * @throws CsvException for a wrong header, a wrong number of fields or an unclosed quote
     */
    public static List<CsvRow> read(Path file, List<String> header) {
        String name = file.toString();
        List<CsvRow> rows = new ArrayList<>();
        try (BufferedReader reader = InputFiles.open(file)) {
            boolean headerSeen = false;
            int lineNumber = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (lineNumber == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank() || line.stripLeading().startsWith("#")) {
                    continue;
                }
                List<String> fields = split(line, name, lineNumber);
                if (!headerSeen) {
                    if (!fields.equals(header)) {
                        throw new CsvException(name, lineNumber, "expected the header '" + String.join(",", header)
                                + "', got '" + line.strip() + "'");
                    }
                    headerSeen = true;
                    continue;
                }
                if (fields.size() != header.size()) {
                    throw new CsvException(name, lineNumber, "expected " + header.size() + " fields (" + String.join(",", header)
                            + "), got " + fields.size());
                }
                rows.add(new CsvRow(name, lineNumber, header, fields));
            }
            if (!headerSeen) {
                throw new CsvException(name, Math.max(1, lineNumber), "the file is empty; it must start with the header '"
                        + String.join(",", header) + "'");
            }
        } catch (IOException e) {
            throw InputFiles.readFailure(name, e);
        }
        return rows;
    }

    static List<String> split(String line, String file, int lineNumber) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.toString().isBlank()) {
                quoted = true;
                wasQuoted = true;
                field.setLength(0);
            } else if (c == ',') {
                fields.add(wasQuoted ? field.toString() : field.toString().strip());
                field.setLength(0);
                wasQuoted = false;
            } else if (!(wasQuoted && c == ' ')) {
                if (wasQuoted) {
                    throw new CsvException(file, lineNumber, "unexpected text after a closing quote in field " + (fields.size() + 1));
                }
                field.append(c);
            }
        }
        if (quoted) {
            throw new CsvException(file, lineNumber, "a quoted field is not closed");
        }
        fields.add(wasQuoted ? field.toString() : field.toString().strip());
        return fields;
    }
}
