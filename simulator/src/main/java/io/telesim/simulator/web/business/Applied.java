package io.telesim.simulator.web.business;

/**
 * What an operation did to one number: a short text, and whether it had already been done by an earlier attempt of the
 * same run ({@code repeated}: the engine answered a repeated command id with its first reply, or the number already was
 * where it was to be moved), in which case the audit log already holds it.
 */
record Applied(String message, boolean repeated) {

    static Applied done(String message) {
        return new Applied(message, false);
    }
}
