package io.telesim.simulator.web.business;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import io.vertx.core.Future;

/**
 * Runs asynchronous steps one after another, each starting when the one before has finished, and collects their
 * results in order. Steps that finish at once (a number refused before anything is sent) are taken in a loop, not by
 * nesting callbacks, so thousands of them in a row cannot overflow the stack.
 */
final class OneAfterAnother {

    private OneAfterAnother() {
    }

    /** The results of {@code step} for 0..{@code count}-1; fails with the first step that fails. */
    static <R> Future<List<R>> run(int count, IntFunction<Future<R>> step) {
        List<R> results = new ArrayList<>(count);
        return from(0, count, step, results).map(done -> results);
    }

    private static <R> Future<Void> from(int first, int count, IntFunction<Future<R>> step, List<R> results) {
        for (int i = first; i < count; i++) {
            Future<R> result = step.apply(i);
            if (!result.isComplete()) {
                int next = i + 1;
                return result.compose(value -> {
                    results.add(value);
                    return from(next, count, step, results);
                });
            }
            if (result.failed()) {
                return Future.failedFuture(result.cause());
            }
            results.add(result.result());
        }
        return Future.succeededFuture();
    }
}
