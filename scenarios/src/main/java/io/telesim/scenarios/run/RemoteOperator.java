package io.telesim.scenarios.run;

import io.telesim.engine.Engine;
import io.telesim.smpp.centre.SmsCentre;

/**
 * An operator already running at {@code host} ({@code ./telesim serve} or another build): reached over SMPP and the USSD
 * HTTP protocol only. It does not expose the engine's network-element API or its statement store to other processes,
 * so engine-level traffic is skipped and only the SMS receipts can be checked at the end.
 */
public record RemoteOperator(String host, int smppPort, int ussdPort) implements OperatorUnderTest {

    @Override
    public Engine engine() {
        return null;
    }

    @Override
    public SmsCentre centre() {
        return null;
    }

    @Override
    public String[] handsetGateway() {
        return null;
    }

    @Override
    public String describe() {
        return "the operator at " + host + " (SMPP " + smppPort + ", USSD " + ussdPort + ")";
    }

    @Override
    public void close() {
        // not ours to stop
    }
}
