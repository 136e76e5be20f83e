package io.telesim.simulator.input;

/**
 * Input a user gave us (a file, a row, an option) that we cannot use. The message is one line that
 * says where and what is wrong, in the user's terms, usually {@code FILE:LINE: what is wrong}; the
 * command line prints it as it is, without a stack trace, and exits with code 2.
 */
public class BadInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BadInputException(String message) {
        super(message);
    }

    public BadInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
