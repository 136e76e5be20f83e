package io.telesim.engine.journal;

import io.telesim.engine.testing.ChildJvm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueueBuilder;
import net.openhft.chronicle.queue.impl.single.TableStoreWriteLock;
import net.openhft.chronicle.threads.BusyTimedPauser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A writer killed with SIGKILL, at a random moment under load or in the middle of a document: every
 * acknowledged command is replayed, nothing unfinished is, and appending goes on without waiting on
 * anything the dead writer held.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class KilledWriterTest {

    @TempDir
    Path directory;

    @TempDir
    Path logs;

    private CommandJournal open() {
        return CommandJournal.open(directory, FsyncPolicy.NONE, System::nanoTime);
    }

    @Test
    void shouldReplayEveryAcknowledgedCommandAfterSigkillsUnderLoad() throws Exception {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        List<Long> acknowledged = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            Process writer = ChildJvm.start(JournalWriterProcess.class, logs.resolve("writer-" + round + ".log"),
                    "append", directory.toString(), Integer.toString(acknowledged.size())).process();
            int killAfter = 200 + random.nextInt(3_000);
            try (BufferedReader acks = reader(writer)) {
                String line;
                int read = 0;
                while (read < killAfter && (line = acks.readLine()) != null) {
                    acknowledged.add(positionIn(line, acknowledged.size()));
                    read++;
                }
                // SIGKILL through the handle: Process.destroyForcibly() would also close the pipe we still read.
                writer.toHandle().destroyForcibly();
                assertTrue(writer.waitFor(30, TimeUnit.SECONDS));
                // Lines the writer printed before it died were acknowledged too.
                while ((line = acks.readLine()) != null) {
                    acknowledged.add(positionIn(line, acknowledged.size()));
                }
            }

            try (CommandJournal journal = open()) {
                Replayed replayed = Replayed.from(journal, CommandJournal.BEFORE_FIRST);
                String context = "seed " + seed + ", round " + round;
                assertTrue(replayed.size() >= acknowledged.size(), context);
                for (int n = 0; n < replayed.size(); n++) {
                    assertArrayEquals(Commands.bytes(n, Commands.LENGTH), replayed.commands.get(n), context);
                }
                for (int n = 0; n < acknowledged.size(); n++) {
                    assertEquals(acknowledged.get(n), replayed.positions.get(n), context);
                }
                // Appended after the last acknowledgement, before the kill: as good as acknowledged now.
                for (int n = acknowledged.size(); n < replayed.size(); n++) {
                    acknowledged.add(replayed.positions.get(n));
                }
            }
        }
    }

    @Test
    void shouldDropAnAppendThatSigkillCutShortAndAppendAfterTheLastCompleteOne() throws Exception {
        Process writer = ChildJvm.start(JournalWriterProcess.class, logs.resolve("writer.log"),
                "stall", directory.toString(), "0").process();
        List<Long> acknowledged = new ArrayList<>();
        try (BufferedReader acks = reader(writer)) {
            String line;
            while ((line = acks.readLine()) != null && !line.equals("stalled")) {
                acknowledged.add(positionIn(line, acknowledged.size()));
            }
            assertEquals("stalled", line, Files.readString(logs.resolve("writer.log")));
            writer.destroyForcibly();
            assertTrue(writer.waitFor(30, TimeUnit.SECONDS));
        }

        try (JournalLog log = new JournalLog(); CommandJournal journal = open()) {
            List<String> warnings = log.warnings();
            assertEquals(1, warnings.size(), warnings.toString());
            assertTrue(warnings.get(0).contains("of an append that never completed, after position "
                    + acknowledged.get(4)), warnings.get(0));

            Replayed replayed = Replayed.from(journal, CommandJournal.BEFORE_FIRST);
            assertEquals(acknowledged, replayed.positions);

            // The dead writer held Chronicle's write lock: appending must not wait for it.
            assertEquals(acknowledged.get(4) + 1, journal.append(Commands.offHeap(5), 0, Commands.LENGTH));
        }
    }

    @Test
    void shouldReleaseAWriteLockLeftUnderTheRestartedProcesssOwnId() {
        try (CommandJournal journal = open()) {
            Commands.append(journal, 0, 1);
        }
        // A restarted engine in a container often gets its predecessor's process id back.
        try (SingleChronicleQueue queue = SingleChronicleQueueBuilder.binary(directory)
                .rollCycle(JournalSettings.DEFAULT_ROLL_CYCLE).build()) {
            TableStoreWriteLock lock = new TableStoreWriteLock(queue.metaStore(), BusyTimedPauser::new, 0L);
            lock.lock();
        }

        try (JournalLog log = new JournalLog(); CommandJournal journal = open()) {
            assertTrue(log.warnings().get(0).contains("write lock was still held by process "
                    + ProcessHandle.current().pid()), log.warnings().toString());
            long second = journal.append(Commands.offHeap(1), 0, Commands.LENGTH);

            assertEquals(journal.lastPosition(), second);
        }
    }

    private static BufferedReader reader(Process process) {
        return new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.US_ASCII));
    }

    private static long positionIn(String acknowledgement, int expectedN) throws IOException {
        String[] fields = acknowledgement.split(" ");
        if (fields.length != 2 || Long.parseLong(fields[0]) != expectedN) {
            throw new IOException("unexpected acknowledgement '" + acknowledgement + "', expected command " + expectedN);
        }
        return Long.parseLong(fields[1]);
    }
}
