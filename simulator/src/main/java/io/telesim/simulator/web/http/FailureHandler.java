package io.telesim.simulator.web.http;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.telesim.engine.EngineBusyException;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;

/**
 * Every failed request ends here and gets a JSON answer: an {@link ApiError} as it says (an engine refusal in
 * the request's language), a busy engine as
 * 503 with {@code Retry-After}, Vert.x's own statuses (404, 405, 413, 403 for a bad CSRF token) with a
 * sentence, and anything else as 500 "internal error" with the details in the log only. A response never
 * carries a stack trace.
 */
public final class FailureHandler implements Handler<RoutingContext> {

    private static final Logger LOG = LoggerFactory.getLogger(FailureHandler.class);

    @Override
    public void handle(RoutingContext ctx) {
        if (ctx.response().headWritten()) {
            ctx.response().reset();
            return;
        }
        Throwable failure = unwrap(ctx.failure());
        if (failure instanceof ApiError error) {
            String message = error.outcome() == null ? error.getMessage() : OutcomeTexts.reason(error.outcome(), RequestLanguage.of(ctx));
            send(ctx, error.status(), error.code(), message);
        } else if (failure instanceof EngineBusyException) {
            ctx.response().putHeader("Retry-After", "1");
            send(ctx, 503, "busy", "the operator is busy: try again in a moment");
        } else if (failure == null || ctx.statusCode() >= 400 && ctx.statusCode() < 500) {
            int status = ctx.statusCode() < 0 ? 500 : ctx.statusCode();
            send(ctx, status, codeOf(status), sentenceOf(status, ctx));
        } else {
            LOG.error("{} {} failed", ctx.request().method(), ctx.request().path(), failure);
            send(ctx, 500, "internal_error", "internal error: the operator's log has the details");
        }
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable current = failure;
        while ((current instanceof java.util.concurrent.CompletionException
                || current instanceof java.util.concurrent.ExecutionException) && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    private static void send(RoutingContext ctx, int status, String code, String message) {
        Json.send(ctx, status, Json.object().put("error", message).put("code", code));
    }

    private static String codeOf(int status) {
        return switch (status) {
            case 400 -> "bad_request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 413 -> "body_too_large";
            case 415 -> "unsupported_media_type";
            default -> status >= 500 ? "internal_error" : "error";
        };
    }

    private static String sentenceOf(int status, RoutingContext ctx) {
        return switch (status) {
            case 400 -> "bad request";
            case 401 -> "log in first";
            case 403 -> "forbidden: a state-changing request needs the X-XSRF-TOKEN header with the XSRF-TOKEN cookie's value";
            case 404 -> "no such page or API: " + ctx.request().method() + " " + ctx.request().path();
            case 405 -> ctx.request().method() + " is not allowed on " + ctx.request().path();
            case 413 -> "the request body is too large";
            case 415 -> "send JSON (Content-Type: application/json)";
            default -> "request failed with status " + status;
        };
    }
}
