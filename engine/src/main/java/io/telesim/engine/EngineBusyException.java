package io.telesim.engine;

/** The engine did not take a command: its ring was full, or it is stopping. Try again later. */
public final class EngineBusyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient SubmitStatus status;

    public EngineBusyException(SubmitStatus status) {
        super(status == SubmitStatus.BUSY ? "the engine is busy: try again later" : "the engine is stopping", null, false, false);
        this.status = status;
    }

    public SubmitStatus status() {
        return status;
    }
}
