package io.telesim.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

class RunCommandTest {

    @TempDir
    Path directory;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int telesim(String... args) {
        CommandLine commandLine = TelesimMain.newCommandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Test
    void telesimWithoutACommandListsRunBeforeHelpAndKeepsTheOtherCommands() {
        assertEquals(0, telesim());

        String help = out.toString();
        for (String command : new String[] {"catalog", "rate", "serve", "sms", "handset", "run", "help"}) {
            assertTrue(help.contains("  " + command + " "), command + " in: " + help);
        }
        assertTrue(help.indexOf("  run ") < help.indexOf("  help "), help);
    }

    @Test
    void runListShowsEveryShippedScenarioWithItsDescription() {
        assertEquals(0, telesim("run", "--list"));

        for (String name : ShippedScenarios.NAMES) {
            assertTrue(out.toString().contains(name + " "), name + " in: " + out);
        }
        assertTrue(out.toString().contains("the default"), out.toString());
    }

    @Test
    void anUnknownScenarioIsBadInput() {
        assertEquals(2, telesim("run", "no-such-scenario"));

        assertTrue(err.toString().contains("no scenario file no-such-scenario and no shipped scenario of that name"), err.toString());
    }

    @Test
    void aTargetNobodyServesOrABadHandsetEsmeIsOneLineOfBadInput() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        assertEquals(2, telesim("run", "smoke", "--target", "127.0.0.1", "--web-port", Integer.toString(closed), "--admin-token", "t0ken-t0ken",
                "--reports", directory.toString()));
        assertEquals("cannot reach the operator's admin API at 127.0.0.1:" + closed + " (connection refused): is ./telesim serve running there, "
                + "and is --web-port right?", err.toString().strip());

        assertEquals(2, telesim("run", "smoke", "--target", "127.0.0.1", "--admin-token", "t0ken-t0ken", "--handset-esme", "handsets"));
        assertTrue(err.toString().contains("--handset-esme takes SYSTEM_ID:PASSWORD, got 'handsets'"), err.toString());
    }

    @Test
    void aBadScenarioFileSaysWhereAndWhat() throws Exception {
        Path file = directory.resolve("bad.yaml");
        Files.writeString(file, "duration: 10 s\nsubscribers: {count: 10}\ntraffic:\n  - {type: voice, rate: fast, duration: 1 min}\n");

        assertEquals(2, telesim("run", file.toString(), "--reports", directory.toString()));

        assertTrue(err.toString().startsWith(file + ":4: traffic[0].rate: 'fast' is not a rate per second"), err.toString());
    }

    @Test
    void aRateScaleMustBePositive() {
        assertEquals(2, telesim("run", "smoke", "--rate-scale", "0"));

        assertTrue(err.toString().contains("--rate-scale must be more than 0"), err.toString());
    }

    @Test
    void aMissedExpectationExitsWithOneAndWritesTheReports() throws Exception {
        // The built-in catalog refuses a promised payment to a number connected today, and none may be refused.
        Path file = directory.resolve("strict.yaml");
        Files.writeString(file, """
                duration: 1 s
                subscribers: {count: 50, tariffs: {payg: 100%}}
                traffic:
                  - {type: promised_payment, rate: 20, amount: 100.00}
                expect:
                  slo:
                    promised_payment: {max_refused: 0%}
                """);
        Path reports = directory.resolve("reports");

        assertEquals(1, telesim("run", file.toString(), "--reports", reports.toString()));

        assertTrue(out.toString().contains("MISSED"), out.toString());
        assertTrue(out.toString().contains("PROMISED_PAYMENT_ACCOUNT_TOO_NEW"), out.toString());
        try (var runs = Files.list(reports)) {
            Path run = runs.findFirst().orElseThrow();
            assertTrue(run.getFileName().toString().startsWith("strict-"), run.toString());
            assertTrue(Files.readString(run.resolve("report.json")).contains("\"passed\" : false"));
            assertTrue(Files.exists(run.resolve("report.html")));
        }
    }
}
