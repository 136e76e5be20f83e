package io.telesim.ussd.app;

/**
 * A dial that opened a session: who dialled what.
 *
 * @param sessionId the gateway's id of the session
 * @param msisdn    the number that dialled
 * @param code      the code as dialled and parsed
 */
public record UssdRequest(String sessionId, long msisdn, UssdCode code) {
}
