package io.telesim.scenarios.cli;

import io.telesim.simulator.cli.TelesimCommand;
import picocli.CommandLine;

/** The launcher's main ({@code ./telesim}): Telesim's command line with {@code run} added. */
public final class TelesimMain {

    private TelesimMain() {
    }

    /** The whole command line, for the main and for tests that run it in-process. */
    public static CommandLine newCommandLine() {
        CommandLine commandLine = TelesimCommand.newCommandLine();
        commandLine.addSubcommand("run", new RunCommand());
        return commandLine;
    }

    public static void main(String[] args) {
        System.exit(TelesimCommand.execute(newCommandLine(), args));
    }
}
