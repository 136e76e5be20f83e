package io.telesim.simulator.serve;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import io.telesim.simulator.yaml.YamlFile;
import io.telesim.simulator.yaml.YamlMap;
import io.telesim.simulator.yaml.YamlNode;
import io.telesim.ussd.apps.ThirdPartyApps;
import io.telesim.ussd.route.UssdRouteConfig;
import io.telesim.ussd.route.UssdRoutes;

/**
 * Reads the third-party USSD applications file: each key a code ({@code "*123#"}) or prefix
 * ({@code "*123*"}), each value {@code {url: ..., notify: ...}} (notify optional), as the gateway's
 * route configuration takes them. Mistakes name the file, the line and the key.
 */
public final class UssdAppsFile {

    /**
     * The gateway's own route rules, run on each entry as it is read so that a bad code or URL is reported at
     * its line; the applications it makes are dropped (they never send anything: they have no HTTP client).
     */
    private static final UssdRouteConfig CHECK = new UssdRouteConfig(Map.of(), new ThirdPartyApps(null, Duration.ofSeconds(1), "check"));

    private UssdAppsFile() {
    }

    public static Map<String, Object> read(Path file) {
        return routes(YamlFile.read(file));
    }

    /** The applications of a map in that format, such as the {@code ussd.apps} section of the operator's configuration. */
    public static Map<String, Object> routes(YamlNode node) {
        YamlMap apps = node.asOpenMap();
        Map<String, Object> routes = new LinkedHashMap<>();
        for (String code : apps.keys()) {
            YamlNode entry = apps.get(code);
            YamlMap app = entry.asMap("url", "notify");
            Map<String, String> target = new LinkedHashMap<>();
            target.put("url", app.get("url").asString());
            app.find("notify").map(YamlNode::asString).ifPresent(notify -> target.put("notify", notify));
            entry.build(() -> CHECK.load(Map.of(code, target), new UssdRoutes()));
            routes.put(code, target);
        }
        return routes;
    }
}
