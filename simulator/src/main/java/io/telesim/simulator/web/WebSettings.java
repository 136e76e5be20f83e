package io.telesim.simulator.web;

/**
 * Where the web server listens and how much it accepts.
 *
 * @param adminToken the bearer token of the admin API ({@code Authorization: Bearer TOKEN})
 * @param maxBodyBytes larger request bodies get 413
 */
public record WebSettings(String host, int port, String adminToken, int maxBodyBytes) {

    /** Request bodies over 64 KiB get 413. */
    public static final int MAX_BODY_BYTES = 64 * 1024;

    public WebSettings {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("the web port must be 0..65535, got " + port);
        }
        if (adminToken == null || adminToken.length() < 8) {
            throw new IllegalArgumentException("the admin token must be at least 8 characters");
        }
    }
}
