package io.telesim.ussd.session;

/**
 * The limits the session table keeps.
 *
 * @param screenTimeoutMillis  how long a screen waits for the user's answer
 * @param sessionTimeoutMillis how long a session may last in all
 * @param maxSessions          open sessions at the most; more dials are told the service is busy
 * @param dialsPerMinute       dials one number may make in a minute
 */
public record SessionLimits(long screenTimeoutMillis, long sessionTimeoutMillis, int maxSessions, int dialsPerMinute) {

    public SessionLimits {
        if (screenTimeoutMillis <= 0 || sessionTimeoutMillis <= 0) {
            throw new IllegalArgumentException("timeouts must be positive");
        }
        if (maxSessions < 1 || dialsPerMinute < 1) {
            throw new IllegalArgumentException("maxSessions and dialsPerMinute must be at least 1");
        }
    }
}
