package io.telesim.engine.statement;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Directories for tests and measurements that make their own. */
final class TestFiles {

    private TestFiles() {
    }

    static void deleteTree(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(file);
            }
        }
    }

    /** The bytes a file or directory takes on the disk (sparse files count what is allocated), as {@code du} says. */
    static long diskBytes(Path path) throws IOException {
        Process du = new ProcessBuilder("du", "-s", "-B1", path.toString()).start();
        String out = new String(du.getInputStream().readAllBytes()).trim();
        return Long.parseLong(out.split("\\s+")[0]);
    }
}
