package io.telesim.simulator.web.money;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The bank's six-digit confirmation codes (3-D Secure style). A code is stored only as a salted SHA-256:
 * it lives ten minutes and allows three tries, so a slow hash would add nothing.
 */
final class ConfirmationCode {

    /** A code's salt and hash, as a payment keeps them. */
    record Hashed(String salt, String hash) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private ConfirmationCode() {
    }

    static String generate() {
        return String.format("%06d", RANDOM.nextInt(1_000_000));
    }

    static Hashed hash(String code) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        String saltText = HexFormat.of().formatHex(salt);
        return new Hashed(saltText, digest(saltText, code));
    }

    static boolean matches(String code, String salt, String hash) {
        if (code == null || salt == null || hash == null) {
            return false;
        }
        return MessageDigest.isEqual(digest(salt, code.trim()).getBytes(StandardCharsets.US_ASCII),
                hash.getBytes(StandardCharsets.US_ASCII));
    }

    private static String digest(String salt, String code) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(sha.digest(code.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
