package io.telesim.ussd.gateway;

import java.time.Duration;

import io.telesim.ussd.session.SessionLimits;

/**
 * How the USSD gateway runs.
 *
 * @param host           the interface it listens on, loopback unless told otherwise
 * @param port           its TCP port; 0 takes a free one ({@link UssdGateway#port()} tells which)
 * @param screenTimeout  how long a screen waits for the user's answer
 * @param sessionTimeout how long a session may last in all
 * @param maxSessions    open sessions at the most; more dials are told the service is busy
 * @param dialsPerMinute dials one number may make in a minute
 * @param appTimeout     how long a third-party application may take to answer a step
 * @param networkCode    the network's name third-party applications are told
 */
public record UssdSettings(String host, int port, Duration screenTimeout, Duration sessionTimeout, int maxSessions,
                           int dialsPerMinute, Duration appTimeout, String networkCode) {

    public UssdSettings {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("a port is 0 to 65535, got " + port);
        }
        if (appTimeout.isNegative() || appTimeout.isZero()) {
            throw new IllegalArgumentException("the application timeout must be positive, got " + appTimeout);
        }
        sessionLimits(screenTimeout, sessionTimeout, maxSessions, dialsPerMinute);
    }

    /** 127.0.0.1:8090, screens 30 s, sessions 180 s, 100,000 sessions, 10 dials a minute, applications 10 s. */
    public static UssdSettings defaults() {
        return new UssdSettings("127.0.0.1", 8090, Duration.ofSeconds(30), Duration.ofSeconds(180), 100_000, 10,
                Duration.ofSeconds(10), "Telesim");
    }

    public UssdSettings withHost(String newHost) {
        return new UssdSettings(newHost, port, screenTimeout, sessionTimeout, maxSessions, dialsPerMinute, appTimeout, networkCode);
    }

    public UssdSettings withPort(int newPort) {
        return new UssdSettings(host, newPort, screenTimeout, sessionTimeout, maxSessions, dialsPerMinute, appTimeout, networkCode);
    }

    /** The limits the session table keeps. */
    public SessionLimits sessionLimits() {
        return sessionLimits(screenTimeout, sessionTimeout, maxSessions, dialsPerMinute);
    }

    private static SessionLimits sessionLimits(Duration screen, Duration session, int maxSessions, int dialsPerMinute) {
        return new SessionLimits(screen.toMillis(), session.toMillis(), maxSessions, dialsPerMinute);
    }
}
