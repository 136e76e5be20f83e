package io.telesim.simulator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code telesim serve} refusing to start, as a process: one line on standard error, no stack trace, exit code 2. */
class ServeStartErrorsTest {

    @TempDir
    Path dir;

    @Test
    void aPortInUseIsOneLineNamingThePortAndTheServer() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();

            List<String> errors = failedStart("--config", smallEngine(), "--in-memory", "--smpp-port", Integer.toString(port),
                    "--ussd-port", "0", "--web-port", "0");

            assertEquals(List.of("telesim: cannot listen on 127.0.0.1:" + port + " (SMPP): address already in use"), errors);
        }
    }

    @Test
    void anUnusableDataDirectoryIsOneLineNamingIt() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-directory"), "");

        List<String> errors = failedStart("--config", smallEngine(), "--data-dir", file.resolve("data").toString(), "--smpp-port", "0",
                "--ussd-port", "0", "--web-port", "0");

        assertEquals(List.of("telesim: cannot use the data directory " + file.resolve("data") + ": not a directory"), errors);
    }

    /** What the failed start wrote to standard error, but the log lines (which start with the time). */
    private List<String> failedStart(String... args) throws Exception {
        Path log = dir.resolve("serve.log");
        try (ServeProcess serve = ServeProcess.start(log, args)) {
            assertEquals(2, serve.exitCode(), serve.log());
            assertEquals(List.of(), serve.output(), "nothing on standard output");
            String all = serve.log();
            assertTrue(!all.contains("Exception") && !all.contains("\tat "), "no stack trace:\n" + all);
            return all.lines().filter(line -> !line.matches("\\d\\d:\\d\\d:\\d\\d\\.\\d{3} .*")).toList();
        }
    }

    private String smallEngine() throws Exception {
        return Files.writeString(dir.resolve("telesim.yaml"), "engine: {max_accounts: 2000, idempotency_window: 65536}\n").toString();
    }
}
