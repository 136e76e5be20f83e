package io.telesim.engine.journal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import org.agrona.concurrent.UnsafeBuffer;

/** Whatever is appended comes back from replay byte for byte, in order, at the positions append gave. */
class JournalReplayProperties {

    @Property(tries = 60)
    void anySequenceOfCommandsReplaysIdentically(@ForAll("commands") List<byte[]> commands,
                                                 @ForAll @IntRange(min = 1, max = 50) int batch) {
        Path directory = temporaryDirectory();
        try {
            long[] positions = new long[commands.size()];
            try (CommandJournal journal = CommandJournal.open(directory, FsyncPolicy.NONE, System::nanoTime)) {
                for (int i = 0; i < commands.size(); i++) {
                    byte[] command = commands.get(i);
                    positions[i] = journal.append(new UnsafeBuffer(command), 0, command.length);
                    if (i % batch == batch - 1) {
                        journal.endOfBatch();
                    }
                }
            }

            try (CommandJournal journal = CommandJournal.open(directory, FsyncPolicy.NONE, System::nanoTime)) {
                Replayed replayed = Replayed.from(journal, CommandJournal.BEFORE_FIRST);
                assertEquals(commands.size(), replayed.size());
                for (int i = 0; i < commands.size(); i++) {
                    assertEquals(positions[i], replayed.positions.get(i));
                    assertArrayEquals(commands.get(i), replayed.commands.get(i));
                    assertTrue(i == 0 || positions[i] > positions[i - 1]);
                }
            }
        } finally {
            JournalFiles.deleteRecursively(directory);
        }
    }

    /** Mostly command-sized, some large, now and then the largest a command may be. */
    @Provide
    Arbitrary<List<byte[]>> commands() {
        Arbitrary<byte[]> small = Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(200);
        Arbitrary<byte[]> large = Arbitraries.bytes().array(byte[].class).ofMinSize(201).ofMaxSize(5_000);
        Arbitrary<byte[]> largest = Arbitraries.bytes().array(byte[].class).ofSize(CommandJournal.MAX_COMMAND_LENGTH);
        return Arbitraries.frequencyOf(Tuple.of(90, small), Tuple.of(9, large), Tuple.of(1, largest))
                .list().ofMaxSize(300);
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("journal-property");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
