package io.telesim.engine.journal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandJournalTest {

    @TempDir
    Path directory;

    private CommandJournal open() {
        return CommandJournal.open(directory, FsyncPolicy.NONE, System::nanoTime);
    }

    @Test
    void shouldReplayEveryAppendedCommandInOrderWithItsPositionAfterReopening() {
        long[] positions;
        try (CommandJournal journal = open()) {
            positions = Commands.append(journal, 0, 1000);
        }

        try (CommandJournal journal = open()) {
            Replayed replayed = Replayed.from(journal, CommandJournal.BEFORE_FIRST);

            assertEquals(1000, replayed.size());
            for (int n = 0; n < 1000; n++) {
                assertEquals(positions[n], replayed.positions.get(n));
                assertArrayEquals(Commands.bytes(n, Commands.LENGTH), replayed.commands.get(n));
            }
            assertEquals(positions[999], replayed.lastReturned);
            assertEquals(positions[999], journal.lastPosition());
        }
    }

    @Test
    void shouldReplayOnlyTheCommandsAfterAGivenPosition() {
        long[] positions;
        try (CommandJournal journal = open()) {
            positions = Commands.append(journal, 0, 100);
        }

        try (CommandJournal journal = open()) {
            Replayed replayed = Replayed.from(journal, positions[59]);

            assertEquals(40, replayed.size());
            assertEquals(positions[60], replayed.positions.get(0));
            assertArrayEquals(Commands.bytes(60, Commands.LENGTH), replayed.commands.get(0));
            assertEquals(positions[99], replayed.lastReturned);
        }
    }

    @Test
    void shouldReplayFromAGivenPositionIncludingIt() {
        long[] positions;
        try (CommandJournal journal = open()) {
            positions = Commands.append(journal, 0, 100);
        }

        try (CommandJournal journal = open()) {
            Replayed replayed = new Replayed();
            replayed.lastReturned = journal.replayFrom(positions[59], replayed);

            assertEquals(41, replayed.size());
            assertEquals(positions[59], replayed.positions.get(0));
            assertArrayEquals(Commands.bytes(59, Commands.LENGTH), replayed.commands.get(0));
            assertEquals(positions[99], replayed.lastReturned);
        }
        try (CommandJournal journal = open()) {
            assertThrows(IllegalArgumentException.class, () -> journal.replayFrom(positions[99] + 1, new Replayed()));
        }
    }

    @Test
    void shouldReturnTheGivenPositionWhenNothingFollowsIt() {
        long[] positions;
        try (CommandJournal journal = open()) {
            positions = Commands.append(journal, 0, 3);
        }

        try (CommandJournal journal = open()) {
            Replayed replayed = Replayed.from(journal, positions[2]);

            assertEquals(0, replayed.size());
            assertEquals(positions[2], replayed.lastReturned);
        }
    }

    @Test
    void shouldGiveEveryAppendAGreaterPositionAlsoAfterReopening() {
        long[] first;
        try (CommandJournal journal = open()) {
            first = Commands.append(journal, 0, 10);
        }
        try (CommandJournal journal = open()) {
            assertEquals(first[9], journal.lastPosition());
            long[] second = Commands.append(journal, 10, 20);

            assertTrue(second[0] > first[9]);
            for (int i = 1; i < second.length; i++) {
                assertTrue(second[i] > second[i - 1]);
            }
            assertEquals(second[9], journal.lastPosition());
        }
    }

    @Test
    void shouldStartEmpty() {
        try (CommandJournal journal = open()) {
            Replayed replayed = Replayed.from(journal, CommandJournal.BEFORE_FIRST);

            assertEquals(0, replayed.size());
            assertEquals(CommandJournal.BEFORE_FIRST, replayed.lastReturned);
            assertEquals(CommandJournal.BEFORE_FIRST, journal.lastPosition());
        }
    }

    @Test
    void shouldTakeCommandsFromOffHeapBuffersAndAtAnOffset() {
        UnsafeBuffer offHeap = Commands.offHeap(7);
        byte[] padded = new byte[Commands.LENGTH + 13];
        System.arraycopy(Commands.bytes(8, Commands.LENGTH), 0, padded, 13, Commands.LENGTH);
        try (CommandJournal journal = open()) {
            journal.append(offHeap, 0, Commands.LENGTH);
            journal.append(new UnsafeBuffer(padded), 13, Commands.LENGTH);
        }

        try (CommandJournal journal = open()) {
            Replayed replayed = Replayed.from(journal, CommandJournal.BEFORE_FIRST);

            assertArrayEquals(Commands.bytes(7, Commands.LENGTH), replayed.commands.get(0));
            assertArrayEquals(Commands.bytes(8, Commands.LENGTH), replayed.commands.get(1));
        }
    }

    @Test
    void shouldRejectEmptyAndOversizedCommandsAndKeepNothingOfThem() {
        UnsafeBuffer big = new UnsafeBuffer(new byte[CommandJournal.MAX_COMMAND_LENGTH + 1]);
        try (CommandJournal journal = open()) {
            assertThrows(IllegalArgumentException.class, () -> journal.append(big, 0, 0));
            assertThrows(IllegalArgumentException.class,
                    () -> journal.append(big, 0, CommandJournal.MAX_COMMAND_LENGTH + 1));
            journal.append(big, 0, CommandJournal.MAX_COMMAND_LENGTH);
        }

        try (CommandJournal journal = open()) {
            Replayed replayed = Replayed.from(journal, CommandJournal.BEFORE_FIRST);

            assertEquals(1, replayed.size());
            assertEquals(CommandJournal.MAX_COMMAND_LENGTH, replayed.commands.get(0).length);
        }
    }

    @Test
    void shouldRefuseReplayAfterAPositionItDoesNotHold() {
        long[] positions;
        try (CommandJournal journal = open()) {
            positions = Commands.append(journal, 0, 3);
        }

        try (CommandJournal journal = open()) {
            assertThrows(IllegalArgumentException.class, () -> Replayed.from(journal, positions[2] + 1));
        }
    }

    @Test
    void shouldRefuseReplayOnceAppendingHasStarted() {
        try (CommandJournal journal = open()) {
            Commands.append(journal, 0, 1);

            assertThrows(IllegalStateException.class, () -> Replayed.from(journal, CommandJournal.BEFORE_FIRST));
        }
    }

    @Test
    void shouldRefuseASecondOpenOfTheSameDirectory() {
        try (CommandJournal journal = open()) {
            IllegalStateException refused = assertThrows(IllegalStateException.class, this::open);

            assertTrue(refused.getMessage().contains("already open"), refused.getMessage());
        }
        try (CommandJournal again = open()) {
            assertEquals(CommandJournal.BEFORE_FIRST, again.lastPosition());
        }
    }

    @Test
    void shouldAssertThatOneThreadAppends() throws InterruptedException {
        try (CommandJournal journal = open()) {
            Commands.append(journal, 0, 1);
            AtomicReference<Throwable> failure = new AtomicReference<>();
            Thread intruder = new Thread(() -> {
                try {
                    Commands.append(journal, 1, 2);
                } catch (Throwable t) {
                    failure.set(t);
                }
            });
            intruder.start();
            intruder.join();

            assertTrue(failure.get() instanceof AssertionError, String.valueOf(failure.get()));
        }
    }
}
