package io.telesim.scenarios.model;

/**
 * The kinds of traffic a scenario drives, with the key that names them in a scenario file and the interface each
 * goes through: the engine's network-element API, SMPP binds or the USSD HTTP protocol.
 */
public enum TrafficKind {
    VOICE("voice", Interface.ENGINE),
    SMS("sms", Interface.SMPP),
    DATA("data", Interface.ENGINE),
    USSD("ussd", Interface.USSD),
    A2P("a2p", Interface.SMPP),
    TOP_UP("top_up", Interface.ENGINE),
    PROMISED_PAYMENT("promised_payment", Interface.ENGINE);

    /** How the runner reaches the operator for a kind of traffic. */
    public enum Interface { ENGINE, SMPP, USSD }

    private final String key;
    private final Interface via;

    TrafficKind(String key, Interface via) {
        this.key = key;
        this.via = via;
    }

    public String key() {
        return key;
    }

    public Interface via() {
        return via;
    }
}
