package io.telesim.simulator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;
import picocli.CommandLine.Command;

class TelesimCommandTest {

    @Command(name = "boom")
    static final class FailingCommand implements Runnable {
        @Override
        public void run() {
            throw new IllegalStateException("boom");
        }
    }

    @Test
    void shouldPrintHelpWithTheSubcommandsWhenRunWithoutArguments() {
        CliRun run = CliRun.of();

        assertEquals(0, run.exitCode());
        assertTrue(run.out().startsWith("Usage: telesim [-hV] [--verbose] [COMMAND]"), run.out());
        assertTrue(run.out().contains("\n  catalog  Print the tariffs, prices, services and policies of a catalog."), run.out());
        assertTrue(run.out().contains("\n  rate     Rate calls, SMS and data offline: balances, bundles left, charges."), run.out());
        assertEquals("", run.err());
    }

    @Test
    void shouldPrintTheVersionTheBuildRecorded() {
        CliRun run = CliRun.of("--version");

        assertEquals(0, run.exitCode());
        assertTrue(run.out().matches("Telesim \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\R"), run.out());
    }

    @Test
    void shouldRefuseAnUnknownCommandWithExitCode2AndNoUsageDump() {
        CliRun run = CliRun.of("rat");

        assertEquals(2, run.exitCode());
        assertEquals(CliRun.lines("Unmatched argument at index 0: 'rat'", "See 'telesim --help'."), run.err());
    }

    @Test
    void shouldReportAnUnexpectedFailureInOneLineWithExitCode1() {
        CommandLine commandLine = TelesimCommand.newCommandLine().addSubcommand(new FailingCommand());

        CliRun run = CliRun.of(commandLine, "boom");

        assertEquals(1, run.exitCode());
        assertEquals(CliRun.lines("telesim: unexpected failure: java.lang.IllegalStateException: boom",
                "Run again with --verbose to see where it happened."), run.err());
    }

    @Test
    void shouldShowTheStackTraceOfAnUnexpectedFailureWhenVerbose() {
        CommandLine commandLine = TelesimCommand.newCommandLine().addSubcommand(new FailingCommand());

        CliRun run = CliRun.of(commandLine, "boom", "--verbose");

        assertEquals(1, run.exitCode());
        assertTrue(run.err().startsWith("telesim: unexpected failure: java.lang.IllegalStateException: boom"), run.err());
        assertTrue(run.err().contains("at io.telesim.simulator.cli.TelesimCommandTest$FailingCommand.run"), run.err());
    }
}
