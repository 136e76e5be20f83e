package io.telesim.simulator.cli;

import java.io.PrintWriter;

import io.telesim.simulator.input.BadInputException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * How the command line reports failures: bad input (files, rows, options) as one line and exit code
 * {@value #BAD_INPUT}; anything else as an unexpected failure, exit code {@value #FAILURE}, with the
 * stack trace only under {@code --verbose}.
 */
final class CliErrors implements IExecutionExceptionHandler, IParameterExceptionHandler {

    static final int BAD_INPUT = 2;
    static final int FAILURE = 1;

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        if (e instanceof BadInputException) {
            err.println(e.getMessage());
            err.flush();
            return BAD_INPUT;
        }
        return unexpected(e, verbose(parseResult), err);
    }

    /** Reports a failure that is not the user's: one line, and the stack trace only when asked for. */
    static int unexpected(Throwable t, boolean verbose, PrintWriter err) {
        err.println("telesim: unexpected failure: " + t);
        if (verbose) {
            t.printStackTrace(err);
        } else {
            err.println("Run again with --verbose to see where it happened.");
        }
        err.flush();
        return FAILURE;
    }

    /** A mistyped or missing option: say what, and where to read more, without the whole usage text. */
    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        err.println(e.getMessage());
        err.println("See '" + command.getCommandSpec().qualifiedName() + " --help'.");
        err.flush();
        return BAD_INPUT;
    }

    private static boolean verbose(ParseResult parseResult) {
        for (ParseResult p = parseResult; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }
}
