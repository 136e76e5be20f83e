package io.telesim.scenarios.remote;

/** The admin API of the target cannot be used: unreachable, the wrong token, or an answer the runner cannot read. One line. */
public final class AdminApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AdminApiException(String message) {
        super(message, null, false, false);
    }
}
