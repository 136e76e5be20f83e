package io.telesim.scenarios.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.telesim.scenarios.parse.LoadedScenario;
import io.telesim.scenarios.parse.ScenarioFile;
import io.telesim.scenarios.report.TerminalReport;
import io.telesim.scenarios.report.TrafficReport;

class SmokeScenarioTest {

    @TempDir
    Path reports;

    @Test
    void theSmokeScenarioMeetsItsExpectations() throws Exception {
        LoadedScenario smoke = ScenarioFile.read(Path.of("smoke.yaml"));

        RunResult result = new ScenarioRunner(RunOptions.embedded(reports)).run(smoke, 1);

        StringWriter text = new StringWriter();
        TerminalReport.print(result.report(), new PrintWriter(text));
        assertTrue(result.passed(), text.toString());
        assertEquals(7, result.report().traffic().size(), text.toString());
        for (TrafficReport traffic : result.report().traffic()) {
            assertTrue(traffic.succeeded() > 0, traffic.name() + " succeeded at something: " + text);
        }
        assertTrue(Files.size(result.directory().resolve("report.json")) > 0);
        assertTrue(Files.readString(result.directory().resolve("report.html")).contains("<svg"));
        System.out.println(text);
    }
}
