package io.telesim.simulator.web.business;

import io.telesim.engine.CommandType;
import io.telesim.simulator.web.http.ApiError;

/**
 * The engine's corporate commands (spending limits, credit limits, SIM and number replacement, termination) by name:
 * an engine built without one answers the operation that needs it with 501 {@code unsupported}, per number.
 */
final class CorporateCommands {

    static final String SET_SPENDING_LIMIT = "SET_SPENDING_LIMIT";
    static final String SET_CREDIT_LIMIT = "SET_CREDIT_LIMIT";
    static final String REPLACE_SIM = "REPLACE_SIM";
    static final String REPLACE_NUMBER = "REPLACE_NUMBER";
    static final String TERMINATE = "TERMINATE";

    private CorporateCommands() {
    }

    /** The command {@code name}, or null when this engine has none. */
    static CommandType find(String name) {
        for (CommandType type : CommandType.values()) {
            if (type.name().equals(name)) {
                return type;
            }
        }
        return null;
    }

    /** The command {@code name}; 501 when this engine has none. */
    static CommandType require(String name) {
        CommandType type = find(name);
        if (type == null) {
            throw new ApiError(501, "unsupported", "the engine has no " + name + " command yet");
        }
        return type;
    }
}
