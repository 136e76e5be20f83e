package io.telesim.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * JMH's command line, with Telesim's JVM flags (the parent pom's {@code telesim.jvm.flags}, shipped
 * as the {@code telesim-jvm.options} resource) appended to every forked JVM. Takes JMH's usual
 * arguments: {@code java -jar benchmarks/target/benchmarks.jar RatingBenchmark -prof gc}.
 */
public final class BenchmarkMain {

    private BenchmarkMain() {
    }

    public static void main(String[] args) throws RunnerException, IOException {
        CommandLineOptions cli;
        try {
            cli = new CommandLineOptions(args);
        } catch (CommandLineOptionException e) {
            System.err.println("benchmarks: " + e.getMessage());
            System.exit(2);
            return;
        }
        if (cli.shouldHelp()) {
            cli.showHelp();
            return;
        }
        List<String> jvmArgs = new ArrayList<>(telesimJvmFlags());
        if (cli.getJvmArgsAppend().hasValue()) {
            jvmArgs.addAll(cli.getJvmArgsAppend().get());
        }
        Runner runner = new Runner(new OptionsBuilder().parent(cli).jvmArgsAppend(jvmArgs.toArray(new String[0])).build());
        if (cli.shouldList()) {
            runner.list();
            return;
        }
        if (cli.shouldListProfilers()) {
            cli.listProfilers();
            return;
        }
        runner.run();
    }

    static List<String> telesimJvmFlags() throws IOException {
        try (InputStream in = BenchmarkMain.class.getResourceAsStream("/telesim-jvm.options")) {
            if (in == null) {
                throw new IOException("telesim-jvm.options is not on the classpath; build with ./mvnw package");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
            return text.isEmpty() ? List.of() : Arrays.asList(text.split("\\s+"));
        }
    }
}
