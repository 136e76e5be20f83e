package io.telesim.benchmarks.engine;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Runs a benchmark main in a JVM with the project's flags (the {@code telesim-jvm.options} resource that
 * {@code BenchmarkMain} gives every JMH fork: Chronicle needs its {@code --add-opens}) and a fixed heap, so that
 * {@code java -cp benchmarks.jar io.telesim.benchmarks.engine.LatencyRun} works as typed: a JVM started
 * without them starts a child that has them and waits for it.
 */
public final class TelesimJvm {

    /** Set in the child, so it knows it has the flags. */
    private static final String MARKER = "telesim.benchmark.jvm";
    static final List<String> HEAP = List.of("-Xms2g", "-Xmx2g", "-XX:MaxDirectMemorySize=2g");

    private TelesimJvm() {
    }

    /**
     * True when this JVM has the flags; otherwise runs {@code main} with {@code args} in a child JVM that has them
     * (and this JVM's own options), waits, and exits with its exit code.
     */
    public static boolean ensureFlags(Class<?> main, String[] args) throws IOException, InterruptedException {
        if (Boolean.getBoolean(MARKER)) {
            return true;
        }
        List<String> command = command(main, List.of());
        command.addAll(Arrays.asList(args));
        Process child = new ProcessBuilder(command).inheritIO().start();
        System.exit(child.waitFor());
        return false;
    }

    /** The command line of a JVM with the flags, this JVM's options and {@code extraOptions}, running {@code main}. */
    static List<String> command(Class<?> main, List<String> extraOptions) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(flags());
        command.addAll(HEAP);
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        command.addAll(extraOptions);
        command.add("-D" + MARKER + "=true");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(main.getName());
        return command;
    }

    private static List<String> flags() throws IOException {
        try (InputStream in = TelesimJvm.class.getResourceAsStream("/telesim-jvm.options")) {
            if (in == null) {
                throw new IOException("telesim-jvm.options is not on the classpath; build with ./mvnw package");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
            return text.isEmpty() ? List.of() : Arrays.asList(text.split("\\s+"));
        }
    }
}
