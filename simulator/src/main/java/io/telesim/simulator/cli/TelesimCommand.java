package io.telesim.simulator.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * {@code telesim}: the command line of the simulated operator. Without a subcommand it prints help.
 * Exit codes: 0 success, 1 unexpected failure, 2 bad input.
 */
@Command(name = "telesim", mixinStandardHelpOptions = true, versionProvider = TelesimCommand.Version.class,
        description = "Telesim, a simulated mobile operator: tariffs, balances, bundles and real-time rating.",
        subcommands = {CatalogCommand.class, RateCommand.class, ServeCommand.class, SmsCommand.class, HandsetCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 success, 1 unexpected failure, 2 bad input (the error says which file, line and why)."})
public final class TelesimCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    // Read by CliErrors from the parse result; declared here so every subcommand accepts it.
    @Option(names = "--verbose", scope = ScopeType.INHERIT, description = "Show the stack trace of unexpected failures.")
    private boolean verbose;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The command line with Telesim's error reporting, for {@link #main} and for tests that run it in-process. */
    public static CommandLine newCommandLine() {
        CliErrors errors = new CliErrors();
        return new CommandLine(new TelesimCommand())
                .setExecutionExceptionHandler(errors)
                .setParameterExceptionHandler(errors);
    }

    public static void main(String[] args) {
        System.exit(execute(newCommandLine(), args));
    }

    /**
     * Runs {@code commandLine} (this command, perhaps with more subcommands added, as the launcher's main does) on
     * the process's standard streams in UTF-8, and returns the exit code.
     */
    public static int execute(CommandLine commandLine, String[] args) {
        // Money is printed with the rouble sign: write UTF-8 whatever the platform's default.
        commandLine.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        commandLine.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        try {
            return commandLine.execute(args);
        } catch (Throwable t) {
            // picocli hands Exceptions to CliErrors but lets Errors (a missing class, no memory) through.
            return CliErrors.unexpected(t, Arrays.asList(args).contains("--verbose"), commandLine.getErr());
        }
    }

    /** The version the build wrote into {@code telesim-version.properties}. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties properties = new Properties();
            try (InputStream in = TelesimCommand.class.getClassLoader().getResourceAsStream("telesim-version.properties")) {
                if (in != null) {
                    properties.load(in);
                }
            }
            return new String[] {"Telesim " + properties.getProperty("version", "(development build)")};
        }
    }
}
