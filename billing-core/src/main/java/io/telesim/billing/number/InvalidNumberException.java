package io.telesim.billing.number;

/** A phone number that cannot be understood; the message says why, in words a user can act on. */
public final class InvalidNumberException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public InvalidNumberException(String message) {
        super(message);
    }
}
