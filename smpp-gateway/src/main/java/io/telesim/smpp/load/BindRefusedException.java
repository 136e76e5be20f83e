package io.telesim.smpp.load;

import java.io.IOException;

/** The SMSC answered a bind with a non-zero command_status. */
public final class BindRefusedException extends IOException {

    private final int commandStatus;

    BindRefusedException(String systemId, int commandStatus) {
        super("the SMSC refused the bind of system_id '" + systemId + "': " + CommandStatusNames.describe(commandStatus));
        this.commandStatus = commandStatus;
    }

    public int commandStatus() {
        return commandStatus;
    }
}
