package io.telesim.simulator.business;

/** Where a request stands: submitted → in progress → done or refused (the last two are final). */
public enum RequestState {
    SUBMITTED,
    IN_PROGRESS,
    DONE,
    REFUSED;

    public boolean isFinal() {
        return this == DONE || this == REFUSED;
    }

    /** True when the operator may move a request from this state to {@code next}. */
    public boolean canMoveTo(RequestState next) {
        return switch (this) {
            case SUBMITTED -> next != SUBMITTED;
            case IN_PROGRESS -> next.isFinal();
            case DONE, REFUSED -> false;
        };
    }
}
