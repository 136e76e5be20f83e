package io.telesim.simulator.text;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table for terminals: a header, a rule under it, then rows, columns two spaces apart,
 * each column left- or right-aligned (numbers and money to the right). No trailing spaces.
 */
public final class TextTable {

    /** How a column's cells line up. */
    public enum Align { LEFT, RIGHT }

    private final List<String> headers = new ArrayList<>();
    private final List<Align> aligns = new ArrayList<>();
    private final List<String[]> rows = new ArrayList<>();

    /** Adds a left-aligned column. */
    public TextTable left(String header) {
        return column(header, Align.LEFT);
    }

    /** Adds a right-aligned column. */
    public TextTable right(String header) {
        return column(header, Align.RIGHT);
    }

    public TextTable column(String header, Align align) {
        if (!rows.isEmpty()) {
            throw new IllegalStateException("add every column before the first row");
        }
        headers.add(header);
        aligns.add(align);
        return this;
    }

    /** Adds a row of exactly one cell per column; null cells print empty. */
    public TextTable row(Object... cells) {
        if (cells.length != headers.size()) {
            throw new IllegalArgumentException("expected " + headers.size() + " cells, got " + cells.length);
        }
        String[] texts = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            texts[i] = cells[i] == null ? "" : cells[i].toString();
        }
        rows.add(texts);
        return this;
    }

    public int rowCount() {
        return rows.size();
    }

    public void print(PrintWriter out) {
        int[] widths = new int[headers.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = headers.get(i).length();
            for (String[] row : rows) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        out.println(line(headers.toArray(new String[0]), widths));
        String[] rules = new String[widths.length];
        for (int i = 0; i < widths.length; i++) {
            rules[i] = "-".repeat(widths[i]);
        }
        out.println(line(rules, widths));
        for (String[] row : rows) {
            out.println(line(row, widths));
        }
    }

    private String line(String[] cells, int[] widths) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                s.append("  ");
            }
            String pad = " ".repeat(widths[i] - cells[i].length());
            if (aligns.get(i) == Align.RIGHT) {
                s.append(pad).append(cells[i]);
            } else {
                s.append(cells[i]).append(pad);
            }
        }
        return s.toString().stripTrailing();
    }
}
