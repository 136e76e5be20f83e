package io.telesim.engine.journal;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.IntPredicate;
import java.util.stream.Stream;
import net.openhft.chronicle.queue.RollCycle;
import net.openhft.chronicle.queue.impl.RollingResourcesCache;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;

/** The journal's files, one per Chronicle roll cycle, by cycle number. */
final class CycleFiles {

    private static final String SUFFIX = SingleChronicleQueue.SUFFIX;

    private final Path directory;
    private final RollingResourcesCache names;

    CycleFiles(Path directory, RollCycle rollCycle, long epoch) {
        this.directory = directory;
        this.names = new RollingResourcesCache(rollCycle, epoch,
                name -> directory.resolve(name + SUFFIX).toFile(),
                file -> file.getName().substring(0, file.getName().length() - SUFFIX.length()));
    }

    /** @return the file Chronicle keeps {@code cycle} in (which may not exist) */
    File fileOf(int cycle) {
        return names.resourceFor(cycle).path;
    }

    /**
     * Deletes the files of the cycles before {@code cycle} and tells the queue its directory changed.
     *
     * @return how many files were deleted
     */
    int deleteBefore(SingleChronicleQueue queue, int cycle) {
        int deleted = delete(fileCycle -> fileCycle < cycle);
        if (deleted > 0) {
            queue.refreshDirectoryListing();
        }
        return deleted;
    }

    /** Deletes the files of the cycles after {@code cycle}; the journal's queue must be closed. */
    void deleteAfter(int cycle) {
        delete(fileCycle -> fileCycle > cycle);
    }

    private int delete(IntPredicate cycles) {
        int deleted = 0;
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String name = file.getFileName().toString();
                if (name.endsWith(SUFFIX)
                        && cycles.test(names.parseCount(name.substring(0, name.length() - SUFFIX.length())))
                        && Files.deleteIfExists(file)) {
                    deleted++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete journal files in " + directory, e);
        }
        return deleted;
    }
}
