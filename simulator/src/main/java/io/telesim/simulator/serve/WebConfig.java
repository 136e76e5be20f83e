package io.telesim.simulator.serve;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The web server's part of the operator's configuration.
 *
 * @param port        where the self-service account and the admin API listen (0 picks a free one)
 * @param adminToken  what the admin API asks for
 * @param randomToken true when the token was made up at start (none was configured), so it changes every start
 */
public record WebConfig(int port, String adminToken, boolean randomToken) {

    public static final int DEFAULT_PORT = 8080;
    public static final int MIN_TOKEN_LENGTH = 8;

    private static final SecureRandom RANDOM = new SecureRandom();

    /** The web server on {@code port} with a random admin token. */
    public static WebConfig onPort(int port) {
        byte[] token = new byte[16];
        RANDOM.nextBytes(token);
        return new WebConfig(port, HexFormat.of().formatHex(token), true);
    }

    public WebConfig withPort(int newPort) {
        return new WebConfig(newPort, adminToken, randomToken);
    }
}
