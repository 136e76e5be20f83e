package io.telesim.billing.account;

/** When incoming calls are forwarded (F6), after GSM call forwarding supplementary services. */
public enum ForwardingCondition {
    UNCONDITIONAL,
    BUSY,
    NO_REPLY,
    NOT_REACHABLE;

    private static final ForwardingCondition[] VALUES = values();

    public static ForwardingCondition ofOrdinal(int ordinal) {
        return VALUES[ordinal];
    }
}
