package io.telesim.simulator.web.business;

import java.util.concurrent.Callable;

import io.telesim.simulator.business.BusinessBook;
import io.telesim.simulator.business.BusinessException;
import io.telesim.simulator.web.OperatorServices;
import io.telesim.simulator.web.WebRuntime;
import io.telesim.simulator.web.http.ApiError;
import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;

/**
 * What the business routes share: the web runtime, the corporate book, and the way they touch it (off the
 * event loop, with the book's rule violations as API errors: 404 for what does not exist, 422 for a broken rule).
 */
final class BusinessContext {

    private final WebRuntime web;
    private final BusinessBook book;

    BusinessContext(WebRuntime web, BusinessBook book) {
        this.web = web;
        this.book = book;
    }

    WebRuntime web() {
        return web;
    }

    OperatorServices services() {
        return web.services();
    }

    BusinessBook book() {
        return book;
    }

    /** The operator's clock now: every corporate time (audit, requests) is billing time. */
    long now() {
        return web.services().clock().now();
    }

    /** Runs {@code work} off the event loop; a {@link BusinessException} becomes its API error. */
    <T> Future<T> blocking(Callable<T> work) {
        return web.blocking(() -> {
            try {
                return work.call();
            } catch (BusinessException e) {
                throw apiError(e);
            }
        });
    }

    /** Answers the request with what {@code work} returns, run off the event loop. */
    <T> void respond(RoutingContext ctx, Callable<T> work) {
        WebRuntime.respond(ctx, blocking(work));
    }

    static ApiError apiError(BusinessException e) {
        return e.isNotFound() ? ApiError.notFound(e.getMessage()) : new ApiError(422, e.code(), e.getMessage());
    }
}
