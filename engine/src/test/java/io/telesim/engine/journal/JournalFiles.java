package io.telesim.engine.journal;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.openhft.chronicle.bytes.Bytes;
import net.openhft.chronicle.queue.ExcerptTailer;
import net.openhft.chronicle.queue.RollCycle;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueueBuilder;
import net.openhft.chronicle.wire.DocumentContext;

/** Finds records in a closed journal's files and damages them, as a crash or a bad disk would. */
final class JournalFiles {

    private JournalFiles() {
    }

    /**
     * Where one record lies.
     *
     * @param file   its cycle file
     * @param header the byte offset of its Chronicle header
     * @param end    the byte offset just after its last byte
     */
    record Span(File file, long header, long end) {
        long frameStart() {
            return header + 4;
        }
    }

    /** @return where the record at {@code position} lies in a journal of five-minute cycles */
    static Span recordAt(Path directory, long position) {
        return recordAt(directory, position, JournalSettings.DEFAULT_ROLL_CYCLE);
    }

    /** @return where the record at {@code position} lies */
    static Span recordAt(Path directory, long position, RollCycle rollCycle) {
        try (SingleChronicleQueue queue = SingleChronicleQueueBuilder.binary(directory).rollCycle(rollCycle)
                .readOnly(true).build();
             ExcerptTailer tailer = queue.createTailer()) {
            if (!tailer.moveToIndex(position)) {
                throw new IllegalArgumentException("no record at " + position);
            }
            try (DocumentContext document = tailer.readingDocument()) {
                Bytes<?> bytes = document.wire().bytes();
                return new Span(tailer.currentFile(), bytes.readPosition() - 4, bytes.readLimit());
            }
        }
    }

    /** @return the journal's cycle files, oldest first */
    static List<Path> cycleFiles(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.toString().endsWith(".cq4")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(File file, long offset, byte[] bytes) {
        try (FileChannel channel = FileChannel.open(file.toPath(), StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.wrap(bytes), offset);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] read(File file, long offset, int length) {
        try (FileChannel channel = FileChannel.open(file.toPath(), StandardOpenOption.READ)) {
            ByteBuffer buffer = ByteBuffer.allocate(length);
            channel.read(buffer, offset);
            return buffer.array();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Flips every bit of the byte at {@code offset}. */
    static void flipByte(File file, long offset) {
        byte[] one = read(file, offset, 1);
        one[0] = (byte) ~one[0];
        write(file, offset, one);
    }

    /** Deletes a directory and everything in it. */
    static void deleteRecursively(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] littleEndianInt(int value) {
        return ByteBuffer.allocate(4).order(java.nio.ByteOrder.LITTLE_ENDIAN).putInt(value).array();
    }
}
