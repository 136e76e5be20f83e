package io.telesim.simulator.business;

/**
 * A corporate rule the request breaks (a number already in another company, a branch with numbers deleted,
 * ...): {@code code} says which, for the API to answer with; {@code notFound} when what was named does not exist.
 */
public final class BusinessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final boolean notFound;

    private BusinessException(String code, String message, boolean notFound) {
        super(message, null, false, false);
        this.code = code;
        this.notFound = notFound;
    }

    public static BusinessException rule(String code, String message) {
        return new BusinessException(code, message, false);
    }

    public static BusinessException notFound(String message) {
        return new BusinessException("not_found", message, true);
    }

    public String code() {
        return code;
    }

    public boolean isNotFound() {
        return notFound;
    }
}
