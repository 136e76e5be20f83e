package io.telesim.smpp.centre;

/**
 * Who handed a message to the SMS centre: an ESME (by system_id), a handset (mobile-originated, charged
 * to its number) or one of Telesim's own services (OTP, bonus messages, notifications).
 */
public record Origin(Kind kind, String systemId, long handset) {

    public enum Kind { ESME, HANDSET, SERVICE }

    public static Origin esme(String systemId) {
        return new Origin(Kind.ESME, systemId, 0);
    }

    public static Origin handset(long msisdn) {
        return new Origin(Kind.HANDSET, null, msisdn);
    }

    public static Origin service(String name) {
        return new Origin(Kind.SERVICE, name, 0);
    }

    /** The system_id whose receiving binds get this message's receipts; null when no ESME sent it. */
    public String receiptsTo() {
        return kind == Kind.ESME ? systemId : null;
    }
}
