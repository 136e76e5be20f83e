package io.telesim.engine.journal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import net.openhft.chronicle.queue.ExcerptAppender;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueueBuilder;
import net.openhft.chronicle.wire.DocumentContext;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * A writer for the crash tests to kill: run in a child JVM, it appends test commands and prints
 * {@code "<n> <position>"} for each one once {@code append} and {@code endOfBatch} have returned (an
 * acknowledgement).
 *
 * <p>Arguments: {@code append <directory> <first n>} appends until killed; {@code stall <directory>
 * <first n>} appends five commands, then leaves a sixth half-written inside an open Chronicle document,
 * prints {@code stalled} and waits to be killed.
 */
public final class JournalWriterProcess {

    private JournalWriterProcess() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Path directory = Path.of(args[1]);
        long n = Long.parseLong(args[2]);
        BufferedWriter out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.US_ASCII));
        try (CommandJournal journal = CommandJournal.open(directory, FsyncPolicy.NONE, System::nanoTime)) {
            long stop = "stall".equals(args[0]) ? n + 5 : Long.MAX_VALUE;
            for (; n < stop; n++) {
                long position = journal.append(new UnsafeBuffer(Commands.bytes(n, Commands.LENGTH)), 0, Commands.LENGTH);
                journal.endOfBatch();
                out.write(n + " " + position + "\n");
                out.flush();
            }
        }
        stallInsideADocument(directory, n, out);
    }

    private static void stallInsideADocument(Path directory, long n, BufferedWriter out)
            throws IOException, InterruptedException {
        SingleChronicleQueue queue = SingleChronicleQueueBuilder.binary(directory)
                .rollCycle(JournalSettings.DEFAULT_ROLL_CYCLE).build();
        ExcerptAppender appender = queue.createAppender();
        DocumentContext unfinished = appender.writingDocument();
        unfinished.wire().bytes().write(Commands.bytes(n, Commands.LENGTH / 2));
        out.write("stalled\n");
        out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
