package io.telesim.scenarios.run;

import io.telesim.engine.Engine;
import io.telesim.smpp.centre.SmsCentre;

/**
 * The operator a run drives: embedded in the runner's process, or already running elsewhere ({@code --target}). The
 * SMPP and USSD interfaces are reached over their ports either way; the engine's network-element API and the state the
 * invariants read only in the embedded one.
 */
public interface OperatorUnderTest extends AutoCloseable {

    String host();

    int smppPort();

    int ussdPort();

    /** The engine, or null when the runner cannot reach it (a remote target). */
    Engine engine();

    /** The SMS centre, or null for a remote target. */
    SmsCentre centre();

    /** The system_id and password of an SMPP handset gateway ESME, or null when the operator has none the runner knows. */
    String[] handsetGateway();

    /** One line: what it is and where. */
    String describe();

    @Override
    void close();
}
