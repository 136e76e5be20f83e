package io.telesim.ussd.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The web handset: {@code /handset} is its page, {@code /handset/{file}} its script and style. The files
 * are read from the classpath ({@code handset/}) once, at start; only the files named here are served.
 */
final class HandsetPage {

    /** The first segment of every path of the web handset. */
    static final String PATH = "handset";

    private static final String PAGE = "index.html";
    private static final Map<String, String> CONTENT_TYPES = Map.of(
            PAGE, "text/html; charset=utf-8",
            "handset.css", "text/css; charset=utf-8",
            "handset.js", "text/javascript; charset=utf-8");

    private final Map<String, Asset> assets = new HashMap<>();

    HandsetPage() {
        CONTENT_TYPES.forEach((file, type) -> assets.put(file, new Asset(type, read(file))));
    }

    /** The file of {@code path} (split on {@code /}, {@code handset} first), if it is one of the handset's. */
    Optional<Asset> find(List<String> path) {
        if (path.size() == 1 || path.size() == 2 && path.get(1).isEmpty()) {
            return Optional.of(assets.get(PAGE));
        }
        return path.size() == 2 ? Optional.ofNullable(assets.get(path.get(1))) : Optional.empty();
    }

    private static byte[] read(String file) {
        try (InputStream in = HandsetPage.class.getResourceAsStream("/" + PATH + "/" + file)) {
            if (in == null) {
                throw new IllegalStateException("the web handset's " + file + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("the web handset's " + file + " could not be read", e);
        }
    }

    /** One file of the handset, ready to send. */
    record Asset(String contentType, byte[] body) {
    }
}
