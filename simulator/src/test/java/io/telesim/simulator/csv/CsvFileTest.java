package io.telesim.simulator.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvFileTest {

    private static final List<String> HEADER = List.of("id", "name", "note");

    @TempDir
    Path dir;

    @Test
    void shouldSplitQuotedFieldsAndTrimUnquotedOnes() {
        assertEquals(List.of("a", "b, c", "d \"e\""), CsvFile.split(" a , \"b, c\" ,\"d \"\"e\"\"\"", "f.csv", 1));
        assertEquals(List.of("", "x", ""), CsvFile.split(",x,", "f.csv", 1));
    }

    @Test
    void shouldKeepLineNumbersAcrossCommentsAndBlankLines() throws IOException {
        Path file = write("\uFEFF# people\nid,name,note\n\n1,Ann,\n# more\n2,Bob,\"hi, there\"\n");

        List<CsvRow> rows = CsvFile.read(file, HEADER);

        assertEquals(2, rows.size());
        assertEquals(4, rows.get(0).line());
        assertEquals(6, rows.get(1).line());
        assertEquals("hi, there", rows.get(1).get(2));
    }

    @Test
    void shouldRefuseAWrongHeader() throws IOException {
        Path file = write("id,nam,note\n1,Ann,x\n");

        CsvException e = assertThrows(CsvException.class, () -> CsvFile.read(file, HEADER));
        assertEquals(file + ":1: expected the header 'id,name,note', got 'id,nam,note'", e.getMessage());
    }

    @Test
    void shouldRefuseARowWithTheWrongNumberOfFields() throws IOException {
        Path file = write("id,name,note\n1,Ann\n");

        CsvException e = assertThrows(CsvException.class, () -> CsvFile.read(file, HEADER));
        assertEquals(file + ":2: expected 3 fields (id,name,note), got 2", e.getMessage());
    }

    @Test
    void shouldRefuseAnUnclosedQuoteAndAnEmptyFile() throws IOException {
        Path unclosed = write("id,name,note\n1,\"Ann,x\n");
        assertEquals(unclosed + ":2: a quoted field is not closed",
                assertThrows(CsvException.class, () -> CsvFile.read(unclosed, HEADER)).getMessage());
        Path empty = write("\n");
        assertEquals(empty + ":1: the file is empty; it must start with the header 'id,name,note'",
                assertThrows(CsvException.class, () -> CsvFile.read(empty, HEADER)).getMessage());
    }

    @Test
    void shouldNameTheColumnOfAFieldError() throws IOException {
        CsvRow row = CsvFile.read(write("id,name,note\n1,Ann,x\n"), HEADER).get(0);

        assertEquals(row.file() + ":2: name: too short", row.error(1, "too short").getMessage());
    }

    private Path write(String text) throws IOException {
        Path file = dir.resolve("people.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
