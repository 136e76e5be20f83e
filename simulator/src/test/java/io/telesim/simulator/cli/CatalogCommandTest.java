package io.telesim.simulator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogCommandTest {

    @TempDir
    Path dir;

    @Test
    void shouldPrintTheDefaultCatalogAsTables() {
        CliRun run = CliRun.of("catalog");

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        String out = run.out();
        assertTrue(out.startsWith("Catalog: Telesim default catalog (time zone +03:00; new subscribers get tariff smart)"), out);
        assertLine(out, "smart   Smart            550.00 ₽/month              500 min         500     20 GB        none  default");
        assertLine(out, "daily   Everyday            16.00 ₽/day  400 min home region  100 on-net     10 GB        none");
        assertLine(out, "payg    1.50 ₽   2.50 ₽        3.00 ₽        45.00 ₽  5.00 ₽      none  1/1 (per second)");
        assertLine(out, "daily   1.20 ₽   2.00 ₽        2.90 ₽         barred  5.00 ₽    0.50 ₽  60/1 (first minute, then per second)");
        assertLine(out, "number-management  Number management                       *111*828*1#        free           none  —");
        assertLine(out, "content-ban        Content ban                             *984#              free           none  news, horoscope");
        assertLine(out, "internet-5gb   Internet 5 GB    5 GB  350.00 ₽  30 days       1000");
        assertLine(out, "+7 600 000-00-00 .. +7 699 999-99-99  Kazakhstan operators  abroad          —");
        assertLine(out, "Free short numbers: 0611, 0890, 100, 101, 102, 103, 104, 112, 3339");
        assertLine(out, "  Money transfers     1.00 ₽ to 5000.00 ₽, at most 15000.00 ₽ a day; fee 4.50% (at least 10.00 ₽); 10.00 ₽ must remain");
    }

    @Test
    void shouldPrintACatalogFromAFile() throws IOException {
        Path file = write("my-catalog.yaml", resource("catalog/small-catalog.yaml"));

        CliRun run = CliRun.of("catalog", "--catalog", file.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("Catalog: Small test catalog (time zone +03:00; new subscribers get tariff basic)"), run.out());
        assertTrue(run.out().contains("family: up to 4 SIMs share the bundles, 100.00 ₽/month per member, leavers go to basic"), run.out());
    }

    @Test
    void shouldPrintTheBuiltInCatalogFileToCopyAndEdit() throws IOException {
        CliRun run = CliRun.of("catalog", "--yaml");

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(resource("catalog/default-catalog.yaml"), run.out());
    }

    @Test
    void shouldReportABadCatalogInOneLineWithExitCode2() throws IOException {
        Path file = write("my-catalog.yaml", resource("catalog/small-catalog.yaml").replace("dataPerMb: 5.00", "dataPerMb: 5.0.0"));

        CliRun run = CliRun.of("catalog", "--catalog", file.toString());

        assertEquals(2, run.exitCode());
        assertEquals("", run.out());
        assertEquals(CliRun.lines(file + ":23: tariffs[0].prices.dataPerMb: '5.0.0' is not an amount in roubles like 123.45: "
                + "it has two decimal points"), run.err());
    }

    @Test
    void shouldReportAMissingCatalogFile() {
        CliRun run = CliRun.of("catalog", "--catalog", "no-such-catalog.yaml");

        assertEquals(2, run.exitCode());
        assertEquals(CliRun.lines("no-such-catalog.yaml: no such file"), run.err());
    }

    private static void assertLine(String out, String line) {
        assertTrue(out.contains(System.lineSeparator() + line + System.lineSeparator()), "no line '" + line + "' in:\n" + out);
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = CatalogCommandTest.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
