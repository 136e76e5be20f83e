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
        // run before help in the list of commands
        commandLine.getCommandSpec().removeSubcommand("help");
        commandLine.addSubcommand("run", new RunCommand());
        commandLine.addSubcommand("help", new CommandLine.HelpCommand());
        // picocli gives handlers only to the subcommands present when they are set: set them again for run and help
        commandLine.setExecutionExceptionHandler(commandLine.getExecutionExceptionHandler());
        commandLine.setParameterExceptionHandler(commandLine.getParameterExceptionHandler());
        return commandLine;
    }

    public static void main(String[] args) {
        System.exit(TelesimCommand.execute(newCommandLine(), args));
    }
}
