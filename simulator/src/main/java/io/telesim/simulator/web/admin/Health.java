package io.telesim.simulator.web.admin;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;

import io.telesim.engine.EngineStatus;

/**
 * The operator's health as {@code GET /admin/health} answers it: healthy when the engine answered a probe through
 * its ring in time and the ring has room; otherwise {@code problems} says what is wrong.
 *
 * @param status        {@code ok} or {@code unhealthy}
 * @param uptimeMillis  since the web server started (with the operator)
 * @param subscribers   subscribers in the engine, -1 when the probe got no answer
 * @param openSessions  open call and data sessions, -1 when the probe got no answer
 */
public record Health(String status, List<String> problems, long startedAt, long uptimeMillis, Versions versions, EngineStatus engine,
                     long subscribers, long openSessions, ClockState clock) {

    /** A ring fuller than this is a problem: commands are about to be refused as busy. */
    static final double FULL_RING = 0.9;

    public boolean healthy() {
        return problems.isEmpty();
    }

    /** The versions of what runs. */
    public record Versions(String telesim, String java, String catalog) {

        private static final String TELESIM = readTelesimVersion();

        static Versions of(String catalog) {
            return new Versions(TELESIM, Runtime.version().toString(), catalog);
        }

        private static String readTelesimVersion() {
            Properties properties = new Properties();
            try (InputStream in = Health.class.getClassLoader().getResourceAsStream("telesim-version.properties")) {
                if (in != null) {
                    properties.load(in);
                }
            } catch (IOException e) {
                // the version is information only
            }
            return properties.getProperty("version", "development build");
        }
    }
}
