package io.telesim.simulator.business;

/** What one operation did to one number: {@code ok}, or the refusal's {@code code} and {@code message}. */
public record OperationResult(String number, boolean ok, String code, String message) {

    public static OperationResult done(long number, String message) {
        return new OperationResult(Long.toString(number), true, "ok", message);
    }

    public static OperationResult refused(String number, String code, String message) {
        return new OperationResult(number, false, code, message);
    }
}
