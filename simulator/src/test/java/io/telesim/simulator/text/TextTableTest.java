package io.telesim.simulator.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

class TextTableTest {

    @Test
    void shouldAlignTextLeftAndNumbersRightWithoutTrailingSpaces() {
        TextTable table = new TextTable().left("Tariff").right("Fee").left("Note")
                .row("smart", "550.00 ₽", "default")
                .row("payg", "0.00 ₽", null);
        StringWriter out = new StringWriter();

        table.print(new PrintWriter(out, true));

        String nl = System.lineSeparator();
        assertEquals("Tariff       Fee  Note" + nl
                + "------  --------  -------" + nl
                + "smart   550.00 ₽  default" + nl
                + "payg      0.00 ₽" + nl, out.toString());
    }

    @Test
    void shouldRefuseARowWithTheWrongNumberOfCells() {
        TextTable table = new TextTable().left("A").left("B");

        assertEquals("expected 2 cells, got 1", assertThrows(IllegalArgumentException.class, () -> table.row("x")).getMessage());
    }
}
