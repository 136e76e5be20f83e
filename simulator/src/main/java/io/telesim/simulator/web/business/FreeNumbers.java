package io.telesim.simulator.web.business;

import io.telesim.simulator.business.Hierarchy;
import io.telesim.simulator.web.http.ApiError;
import io.telesim.simulator.web.http.EngineCalls;
import io.vertx.core.Future;

/**
 * The operator's free numbers for new corporate lines: numbers of our network from {@link #FIRST} up that no subscriber
 * has and no company holds (the demo subscribers are +7 916 1xx-xx-xx, so this range stays clear of them).
 */
final class FreeNumbers {

    static final long FIRST = 79_169_000_001L;
    private static final int TRIES = 1_000;

    private final EngineCalls calls;
    private final Hierarchy hierarchy;

    FreeNumbers(EngineCalls calls, Hierarchy hierarchy) {
        this.calls = calls;
        this.hierarchy = hierarchy;
    }

    /** The first free number; 409 {@code no_free_numbers} when none is found in {@value #TRIES} tries. */
    Future<Long> first() {
        return from(FIRST, 0);
    }

    private Future<Long> from(long candidate, int tried) {
        if (tried == TRIES) {
            return Future.failedFuture(ApiError.conflict("no_free_numbers", "no free number found from " + FIRST));
        }
        if (hierarchy.companyOf(candidate).isPresent()) {
            return from(candidate + 1, tried + 1);
        }
        return calls.read(candidate).map(subscriber -> false)
                .recover(failure -> failure instanceof ApiError error && error.status() == 404
                        ? Future.succeededFuture(true) : Future.failedFuture(failure))
                .compose(free -> free ? Future.succeededFuture(candidate) : from(candidate + 1, tried + 1));
    }
}
