package io.telesim.benchmarks.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.stream.Stream;

import io.telesim.engine.Engine;
import io.telesim.engine.EngineSettings;
import io.telesim.engine.NotificationSink;
import io.telesim.engine.clock.SimulatedClock;
import io.telesim.engine.journal.FsyncPolicy;
import io.telesim.simulator.catalog.CatalogLoader;

/**
 * How the engine benchmarks open the engine: on files (journal, accounts map, statement log) in a data
 * directory, on the default catalog, with a clock that runs in real time from a Monday at 10:00 in
 * Moscow, so a run never crosses midnight and no daily fees are due in the middle of it.
 */
public final class BenchEngines {

    static final int SUBSCRIBERS = 1_000_000;
    public static final Instant START = Instant.parse("2026-03-16T07:00:00Z");

    private BenchEngines() {
    }

    /** The engine's defaults with this ring, wait strategy and fsync policy ({@code NONE} or {@code PER_BATCH}). */
    public static EngineSettings settings(int ringSize, String waitStrategy, String fsync) {
        return EngineSettings.defaults().withRingSize(ringSize).withWaitStrategy(waitStrategy).withFsync(fsyncPolicy(fsync));
    }

    static FsyncPolicy fsyncPolicy(String name) {
        return switch (name) {
            case "NONE" -> FsyncPolicy.NONE;
            case "PER_BATCH" -> FsyncPolicy.PER_BATCH;
            default -> throw new IllegalArgumentException("fsync is NONE or PER_BATCH, not " + name);
        };
    }

    /**
     * Opens the engine on {@code data}; with {@code -Dtelesim.liveState=DIR} (for example /dev/shm) its live state
     * (account map, statement heads) goes to a directory under DIR instead, which {@link #delete} removes with the
     * data directory.
     */
    public static Engine open(Path data, EngineSettings settings) throws IOException {
        String liveState = System.getProperty("telesim.liveState");
        EngineSettings placed = liveState == null ? settings : settings.withLiveState(liveIn(data, Path.of(liveState)));
        return Engine.open(data, CatalogLoader.loadDefault(), new SimulatedClock(START.toEpochMilli(), 1.0), placed,
                NotificationSink.NONE);
    }

    /** The live accounts directory of {@code data} under {@code base}, one per data directory. */
    private static Path liveIn(Path data, Path base) {
        return base.resolve("telesim-live-" + data.getFileName());
    }

    /** The engine without files: no journal, no statements (a diagnostic, not what the issue measures). */
    static Engine inMemory(EngineSettings settings) {
        return Engine.inMemory(CatalogLoader.loadDefault(), new SimulatedClock(START.toEpochMilli(), 1.0), settings, NotificationSink.NONE);
    }

    static EngineSettings withoutCheckpoints(EngineSettings settings) {
        return settings.withCheckpointInterval(Duration.ofDays(365));
    }

    /** A new, empty data directory under the temporary directory. */
    public static Path newDataDirectory(String purpose) throws IOException {
        return Files.createTempDirectory("telesim-" + purpose + "-");
    }

    /** Deletes {@code data} and everything in it, and its live accounts directory if it had one elsewhere. */
    public static void delete(Path data) {
        String liveState = System.getProperty("telesim.liveState");
        if (data != null && liveState != null) {
            deleteTree(liveIn(data, Path.of(liveState)));
        }
        deleteTree(data);
    }

    private static void deleteTree(Path directory) {
        if (directory == null || !Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete " + directory, e);
        }
    }
}
