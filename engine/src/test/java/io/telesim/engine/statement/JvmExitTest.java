package io.telesim.engine.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.telesim.billing.rating.UsageKind;
import java.io.File;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The writer keeps raw addresses into the heads map, so nothing may unmap it while the writer runs:
 * a JVM that exits while the engine still appends must exit cleanly, not crash.
 */
class JvmExitTest {

    @TempDir
    Path directory;

    @Test
    void shouldLetTheJvmExitWhileTheWriterAppends() throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(AppendingWhileTheJvmExits.class.getName());
        command.add(directory.toString());
        Path output = directory.resolve("child.log");

        Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();

        assertTrue(child.waitFor(2, TimeUnit.MINUTES), "the child JVM did not exit");
        String log = Files.readString(output, StandardCharsets.UTF_8);
        assertEquals(0, child.exitValue(), log);
        assertTrue(log.contains("appending"), log);
    }

    /** A child JVM: appends on one thread and exits from another. */
    static final class AppendingWhileTheJvmExits {

        public static void main(String[] args) throws Exception {
            StatementStore store = TestStores.open(new File(args[0]).toPath().resolve("store"));
            Thread writer = new Thread(() -> {
                StatementRecord record = new StatementRecord();
                for (long i = 0; ; i++) {
                    record.reset().msisdn(79_000_000_000L + i % 1_000).timeMillis(1_772_323_200_000L + i)
                            .usage(UsageKind.SMS).journalPosition(i);
                    store.append(record);
                }
            });
            writer.setDaemon(true);
            writer.start();
            Thread.sleep(300);
            System.out.println("appending");
            System.exit(0);
        }
    }
}
