package io.telesim.simulator.web.business;

import io.telesim.simulator.business.CompanyNumber;
import io.vertx.core.Future;

/**
 * One kind of change that a bulk operation applies to each of its numbers. An operation that calls the engine uses
 * the command id it is given (derived from the bulk run, so a retried run repeats the same ids and the engine applies
 * each once).
 */
interface NumberOperation {

    /** The operation's API name, also the audit log's action. */
    String name();

    /** True when it makes sense for one number only (number replacement). */
    default boolean singleNumber() {
        return false;
    }

    /** The number that {@code number} is once the change is done: itself, but for number replacement. */
    default long numberAfter(CompanyNumber number) {
        return number.number();
    }

    /**
     * Applies the change to {@code number}.
     *
     * @param commandId the engine command id for this number in this run
     * @return what was done; fails with an {@link io.telesim.simulator.web.http.ApiError} whose code and message are the refusal
     */
    Future<Applied> apply(CompanyNumber number, long commandId);
}
