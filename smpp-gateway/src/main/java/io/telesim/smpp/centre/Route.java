package io.telesim.smpp.centre;

/** Where a message goes: a handset on our network, an ESME's short number, another network, or nowhere. */
public record Route(Kind kind, String systemId) {

    public enum Kind { HANDSET, ESME, OUTBOUND, NOWHERE }

    public static final Route HANDSET = new Route(Kind.HANDSET, null);
    public static final Route OUTBOUND = new Route(Kind.OUTBOUND, null);
    public static final Route NOWHERE = new Route(Kind.NOWHERE, null);

    public static Route esme(String systemId) {
        return new Route(Kind.ESME, systemId);
    }
}
