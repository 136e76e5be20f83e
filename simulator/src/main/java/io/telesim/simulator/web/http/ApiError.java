package io.telesim.simulator.web.http;

import java.util.Locale;

import io.telesim.billing.result.Outcome;

/**
 * A request the API refuses, with the HTTP status and a message for the caller: the failure handler
 * turns it into {@code {"error": message}} (plus {@code code} when set). Thrown or used to fail a
 * routing context; never logged with a stack trace, because it is the caller's mistake.
 */
public final class ApiError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;
    private final transient Outcome outcome;

    public ApiError(int status, String code, String message) {
        this(status, code, message, null);
    }

    private ApiError(int status, String code, String message, Outcome outcome) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.outcome = outcome;
    }

    /** The engine refused: 409, the outcome's name in lower case as the code and its reason as the message. */
    public static ApiError refusal(Outcome outcome) {
        return new ApiError(409, outcome.name().toLowerCase(Locale.ROOT), outcome.reason(), outcome);
    }

    public static ApiError badRequest(String message) {
        return new ApiError(400, "bad_request", message);
    }

    public static ApiError unauthorized(String message) {
        return new ApiError(401, "unauthorized", message);
    }

    public static ApiError forbidden(String message) {
        return new ApiError(403, "forbidden", message);
    }

    public static ApiError notFound(String message) {
        return new ApiError(404, "not_found", message);
    }

    public static ApiError conflict(String code, String message) {
        return new ApiError(409, code, message);
    }

    public static ApiError tooManyRequests(String message) {
        return new ApiError(429, "too_many_requests", message);
    }

    public int status() {
        return status;
    }

    /** The engine's refusal behind this error, or null: the failure handler words it in the caller's language. */
    public Outcome outcome() {
        return outcome;
    }

    /** A stable machine-readable reason, e.g. {@code insufficient_funds}. */
    public String code() {
        return code;
    }
}
