package io.telesim.engine.recovery;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Properties;

/**
 * The checkpoint that recovery starts from: the journal position it reflects, the engine time of that
 * command, its files, and whether the engine stopped cleanly right after it. Written last, atomically
 * (a temporary file renamed over the old one), so it only ever names complete files.
 *
 * @param clean true when written at a clean shutdown: nothing was applied after it
 */
record CheckpointManifest(long position, long time, String accountsFile, String sideFile, boolean clean) {

    static CheckpointManifest read(EngineFiles files) throws IOException {
        Path path = files.manifest();
        if (!Files.exists(path)) {
            return null;
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(path)) {
            p.load(in);
        }
        try {
            return new CheckpointManifest(Long.parseLong(p.getProperty("position")), Long.parseLong(p.getProperty("time")),
                    require(p, "accounts"), require(p, "side"), Boolean.parseBoolean(p.getProperty("clean")));
        } catch (RuntimeException e) {
            throw new IOException(path + ": not a readable checkpoint manifest (" + e.getMessage() + ")", e);
        }
    }

    void write(EngineFiles files) throws IOException {
        Properties p = new Properties();
        p.setProperty("position", Long.toString(position));
        p.setProperty("time", Long.toString(time));
        p.setProperty("accounts", accountsFile);
        p.setProperty("side", sideFile);
        p.setProperty("clean", Boolean.toString(clean));
        Path tmp = files.manifest().resolveSibling("CHECKPOINT.tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            p.store(out, "Telesim engine checkpoint");
        }
        try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        Files.move(tmp, files.manifest(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static String require(Properties p, String key) {
        String value = p.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("no " + key);
        }
        return value;
    }
}
