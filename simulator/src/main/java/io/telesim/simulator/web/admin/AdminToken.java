package io.telesim.simulator.web.admin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import io.telesim.simulator.web.http.ApiError;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * Lets an admin request on only with {@code Authorization: Bearer TOKEN} carrying the operator's admin token;
 * a missing or wrong token is a 401. The token is compared as SHA-256 digests with {@link MessageDigest#isEqual},
 * so the time taken tells nothing of how much of it was right, nor of its length.
 */
final class AdminToken implements Handler<RoutingContext> {

    private static final String BEARER = "Bearer ";

    private final byte[] expected;

    AdminToken(String token) {
        this.expected = digest(token);
    }

    @Override
    public void handle(RoutingContext ctx) {
        String header = ctx.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            refuse(ctx, "the admin API needs the header 'Authorization: Bearer TOKEN' with the token telesim serve printed");
        } else if (!MessageDigest.isEqual(expected, digest(header.substring(BEARER.length()).trim()))) {
            refuse(ctx, "wrong admin token");
        } else {
            ctx.next();
        }
    }

    private static void refuse(RoutingContext ctx, String message) {
        ctx.response().putHeader("WWW-Authenticate", "Bearer realm=\"telesim-admin\"");
        ctx.fail(ApiError.unauthorized(message));
    }

    private static byte[] digest(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
