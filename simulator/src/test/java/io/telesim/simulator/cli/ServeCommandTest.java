package io.telesim.simulator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mistakes {@code telesim serve} finds before it starts anything: one line each, exit code 2. */
class ServeCommandTest {

    @TempDir
    Path dir;

    @Test
    void aBadConfigurationFileIsOneLineWithItsLine() throws Exception {
        Path config = Files.writeString(dir.resolve("telesim.yaml"), "host: 127.0.0.1\nweb:\n  port: 8080\n  tokn: abcdefgh\n");

        CliRun run = CliRun.of("serve", "--config", config.toString());

        assertEquals(2, run.exitCode());
        assertEquals(CliRun.lines(config + ":4: web.tokn: unknown key (did you mean 'token'?); known keys: port, token"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void aMissingConfigurationFileIsNamed() {
        CliRun run = CliRun.of("serve", "--config", dir.resolve("none.yaml").toString());

        assertEquals(2, run.exitCode());
        assertEquals(CliRun.lines(dir.resolve("none.yaml") + ": no such file"), run.err());
    }

    @Test
    void optionsThatContradictOrOverflowAreRefused() throws Exception {
        CliRun both = CliRun.of("serve", "--in-memory", "--data-dir", dir.toString());
        assertEquals(2, both.exitCode());
        assertEquals(CliRun.lines("--in-memory keeps no data directory: give --in-memory or --data-dir, not both"), both.err());

        CliRun port = CliRun.of("serve", "--in-memory", "--web-port", "70000");
        assertEquals(2, port.exitCode());
        assertEquals(CliRun.lines("--web-port: a port is 0 to 65535, got 70000"), port.err());

        CliRun live = CliRun.of("serve", "--in-memory", "--live-state", dir.toString());
        assertEquals(2, live.exitCode());
        assertEquals(CliRun.lines("--in-memory keeps no files: give --in-memory or --live-state, not both"), live.err());

        Path inMemoryConfig = Files.writeString(dir.resolve("memory.yaml"), "in_memory: true\n");
        CliRun mixed = CliRun.of("serve", "--config", inMemoryConfig.toString(), "--live-state", dir.toString());
        assertEquals(2, mixed.exitCode());
        assertEquals(CliRun.lines("an operator in memory keeps no files, so no live state: remove --in-memory or in_memory, "
                + "or --live-state or engine.live_state"), mixed.err());

        CliRun missing = CliRun.of("serve", "--data-dir", dir.resolve("data").toString(), "--live-state", dir.resolve("shm").toString());
        assertEquals(2, missing.exitCode());
        assertEquals(CliRun.lines("--live-state " + dir.resolve("shm") + ": no such directory"), missing.err());
    }
}
