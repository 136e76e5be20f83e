package io.telesim.simulator.serve;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import io.telesim.simulator.yaml.YamlFile;
import io.telesim.simulator.yaml.YamlMap;
import io.telesim.simulator.yaml.YamlNode;

/**
 * Reads the third-party USSD applications file: each key a code ({@code "*123#"}) or prefix
 * ({@code "*123*"}), each value {@code {url: ..., notify: ...}} (notify optional), as the gateway's
 * route configuration takes them. Mistakes name the file, the line and the key.
 */
public final class UssdAppsFile {

    private UssdAppsFile() {
    }

    public static Map<String, Object> read(Path file) {
        YamlMap apps = YamlFile.read(file).asOpenMap();
        Map<String, Object> routes = new LinkedHashMap<>();
        for (String code : apps.keys()) {
            YamlMap app = apps.get(code).asMap("url", "notify");
            Map<String, String> target = new LinkedHashMap<>();
            target.put("url", app.get("url").asString());
            app.find("notify").map(YamlNode::asString).ifPresent(notify -> target.put("notify", notify));
            routes.put(code, target);
        }
        return routes;
    }
}
