package io.telesim.engine.journal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Makes one journal object the only writer of a directory, across processes.
 *
 * <p>An operating-system file lock on {@code journal.lock}: the kernel drops it when its process dies,
 * however it dies, so it can never be left behind by a crash (unlike a lock that records a process id).
 */
public final class DirectoryLock implements AutoCloseable {

    static final String FILE_NAME = "journal.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private DirectoryLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Creates the directory if needed and locks it, or fails at once if someone else holds it. */
    public static DirectoryLock acquire(Path directory) {
        try {
            Files.createDirectories(directory);
            FileChannel channel = FileChannel.open(directory.resolve(FILE_NAME),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new IllegalStateException("the journal in " + directory + " is already open (by this or "
                        + "another process); a journal has exactly one writer");
            }
            return new DirectoryLock(channel, lock);
        } catch (IOException e) {
            throw new UncheckedIOException("could not lock the journal directory " + directory, e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("could not unlock the journal directory", e);
        }
    }
}
