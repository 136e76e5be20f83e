package io.telesim.scenarios.run;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

import io.telesim.scenarios.traffic.EnginePort;

/**
 * How to run a scenario: where the reports go, where the progress line goes (null: nowhere) and whether it rewrites
 * itself, whether to drive a running operator ({@link Target}) instead of an embedded one, where the embedded engine
 * keeps its live state, and a hook that may replace the engine's API (tests put a broken engine there).
 */
public record RunOptions(Path reportsDirectory, PrintWriter progress, boolean progressInPlace, Target target, Path liveStateDirectory,
                         UnaryOperator<EnginePort> engineHook) {

    /** An embedded operator, reports under {@code reportsDirectory}, no progress line. */
    public static RunOptions embedded(Path reportsDirectory) {
        return new RunOptions(reportsDirectory, null, false, null, null, UnaryOperator.identity());
    }

    public RunOptions withProgress(PrintWriter out, boolean inPlace) {
        return new RunOptions(reportsDirectory, out, inPlace, target, liveStateDirectory, engineHook);
    }

    /** Drives the operator at {@code target} instead of an embedded one. */
    public RunOptions withTarget(Target target) {
        return new RunOptions(reportsDirectory, progress, progressInPlace, target, liveStateDirectory, engineHook);
    }

    /** Keeps the embedded engine's live state (account map, statement heads) under {@code directory}, e.g. /dev/shm. */
    public RunOptions withLiveState(Path directory) {
        return new RunOptions(reportsDirectory, progress, progressInPlace, target, directory, engineHook);
    }

    /** For tests: the runner drives the engine through {@code hook.apply(engine)}. */
    public RunOptions withEngineHook(UnaryOperator<EnginePort> hook) {
        return new RunOptions(reportsDirectory, progress, progressInPlace, target, liveStateDirectory, hook);
    }

    public boolean remote() {
        return target != null;
    }
}
