package io.telesim.engine.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PageCacheWarmerTest {

    private static final long MIB = 1 << 20;

    @TempDir
    Path directory;

    @Test
    void readsAheadOfTheWritePositionUpToTheLeadAndNoFurther() throws IOException {
        File file = sparse("a.cq4", 200 * MIB);
        AppendPoint point = new AppendPoint();
        PageCacheWarmer warmer = new PageCacheWarmer(List.of(point));

        assertEquals(0, warmer.warmOnce(), "nothing appended yet");
        point.moved(file, 10 * MIB);
        assertEquals(PageCacheWarmer.LEAD, drain(warmer));
        assertEquals(0, warmer.warmOnce(), "warm up to the lead");

        point.moved(file, 10 * MIB + 5 * MIB);
        assertEquals(5 * MIB, drain(warmer), "only what the appender's move uncovered");
    }

    @Test
    void stopsAtTheEndOfTheFile() throws IOException {
        File file = sparse("a.cq4", 12 * MIB);
        AppendPoint point = new AppendPoint();
        PageCacheWarmer warmer = new PageCacheWarmer(List.of(point));

        point.moved(file, 4 * MIB);

        assertEquals(8 * MIB, drain(warmer));
    }

    @Test
    void followsTheAppenderIntoItsNextFileFromItsWritePosition() throws IOException {
        File first = sparse("a.cq4", 64 * MIB);
        File next = sparse("b.cq4", 64 * MIB);
        AppendPoint point = new AppendPoint();
        PageCacheWarmer warmer = new PageCacheWarmer(List.of(point));
        point.moved(first, 0);
        drain(warmer);

        point.moved(next, 40 * MIB);

        assertEquals(24 * MIB, drain(warmer));
    }

    @Test
    void aFileDeletedUnderItIsPassedOverWithoutAnError() throws IOException {
        File gone = directory.resolve("gone.cq4").toFile();
        AppendPoint point = new AppendPoint();
        PageCacheWarmer warmer = new PageCacheWarmer(List.of(point));

        point.moved(gone, 0);

        assertEquals(0, warmer.warmOnce());
    }

    @Test
    void itsThreadRunsAtTheLowestPriorityOnLinux() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc/self/task")), "per-thread nice values are a Linux thing");
        try (PageCacheWarmer warmer = PageCacheWarmer.start(List.of(new AppendPoint()))) {
            assertEquals(19, niceOfThreadNamed("telesim-page-wa"));
        }
    }

    private static long drain(PageCacheWarmer warmer) {
        long total = 0;
        for (long read; (read = warmer.warmOnce()) > 0; ) {
            total += read;
        }
        return total;
    }

    private File sparse(String name, long length) throws IOException {
        File file = directory.resolve(name).toFile();
        try (RandomAccessFile raf = new RandomAccessFile(file, "rw")) {
            raf.setLength(length);
        }
        return file;
    }

    /** The nice value of this JVM's thread whose name (as the kernel keeps it, 15 characters) is {@code comm}. */
    private static int niceOfThreadNamed(String comm) throws Exception {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < deadline) {
            try (var tasks = Files.list(Path.of("/proc/self/task"))) {
                for (Path task : (Iterable<Path>) tasks::iterator) {
                    if (Files.readString(task.resolve("comm")).strip().equals(comm)) {
                        String stat = Files.readString(task.resolve("stat"));
                        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        int nice = Integer.parseInt(fields[16]);
                        if (nice != 0) {
                            return nice;
                        }
                    }
                }
            }
            Thread.sleep(10);
        }
        return 0;
    }
}
