package io.telesim.simulator.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.telesim.engine.testing.ChildJvm;

/** {@code telesim serve} in a JVM of its own, as a user runs it: its banner, its log (standard error), its exit code. */
final class ServeProcess implements AutoCloseable {

    private static final Pattern SMPP = Pattern.compile("^ {2}SMPP: 127\\.0\\.0\\.1:(\\d+),");

    private final ChildJvm jvm;
    private final Path log;
    private final List<String> output = new ArrayList<>();

    private ServeProcess(ChildJvm jvm, Path log) {
        this.jvm = jvm;
        this.log = log;
    }

    /** Starts {@code telesim serve ARGS}; its standard error goes to {@code log}. */
    static ServeProcess start(Path log, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("serve"));
        command.addAll(List.of(args));
        return new ServeProcess(ChildJvm.start(TelesimCommand.class, log, command.toArray(String[]::new)), log);
    }

    /** Reads the banner up to "Press Ctrl-C to stop."; fails with the log when the process ended first. */
    List<String> awaitRunning() throws IOException {
        for (String line = jvm.output().readLine(); line != null; line = jvm.output().readLine()) {
            output.add(line);
            if (line.equals("Press Ctrl-C to stop.")) {
                return List.copyOf(output);
            }
        }
        throw new AssertionError("serve did not start; it printed " + output + " and logged:\n" + log());
    }

    int smppPort() {
        for (String line : output) {
            Matcher port = SMPP.matcher(line);
            if (port.find()) {
                return Integer.parseInt(port.group(1));
            }
        }
        throw new AssertionError("no SMPP line in " + output);
    }

    /** Sends SIGTERM, as {@code kill} and service managers do, and returns the exit code. */
    int terminate() throws Exception {
        // Through the handle: Process.destroy would also close our end of its output, which we still read.
        jvm.process().toHandle().destroy();
        return exitCode();
    }

    /** Waits for the process to end by itself and returns its exit code, reading what it still prints. */
    int exitCode() throws Exception {
        for (String line = jvm.output().readLine(); line != null; line = jvm.output().readLine()) {
            output.add(line);
        }
        if (!jvm.process().waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError("serve did not end; it logged:\n" + log());
        }
        return jvm.process().exitValue();
    }

    /** Everything printed on standard output so far. */
    List<String> output() {
        return List.copyOf(output);
    }

    String log() throws IOException {
        return Files.exists(log) ? Files.readString(log) : "";
    }

    @Override
    public void close() {
        jvm.close();
    }
}
