package io.telesim.scenarios.check;

import java.util.List;

import io.telesim.scenarios.model.Invariant;

/**
 * What an invariant check found: whether it held, one line that says so with the figures, and up to a few examples of
 * what broke it. {@code checked} is false when the run could not check it (a remote target).
 */
public record InvariantResult(Invariant invariant, boolean checked, boolean held, String summary, List<String> examples) {

    public InvariantResult {
        examples = List.copyOf(examples);
    }

    public static InvariantResult notChecked(Invariant invariant, String why) {
        return new InvariantResult(invariant, false, true, why, List.of());
    }

    /** Passes when it held or was not checked. */
    public boolean passed() {
        return !checked || held;
    }
}
