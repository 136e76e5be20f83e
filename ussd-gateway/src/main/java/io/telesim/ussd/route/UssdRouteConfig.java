package io.telesim.ussd.route;

import java.net.URI;
import java.util.Map;

import io.telesim.ussd.app.UssdService;
import io.telesim.ussd.apps.ThirdPartyApps;

/**
 * Reads routes from configuration as the simulator reads it from YAML. Each key is a code
 * ({@code "*100#"}), a prefix ({@code "*111*"}) or a service code ({@code "111"}); each value names a
 * built-in service ({@code balance}) or is a third-party application
 * ({@code {url: http://127.0.0.1:9000/ussd, notify: http://127.0.0.1:9000/ended}}, notify optional).
 */
public final class UssdRouteConfig {

    private final Map<String, UssdService> builtins;
    private final ThirdPartyApps apps;

    /** @param builtins the built-in services by the name the configuration uses */
    public UssdRouteConfig(Map<String, UssdService> builtins, ThirdPartyApps apps) {
        this.builtins = Map.copyOf(builtins);
        this.apps = apps;
    }

    /**
     * Adds the routes of {@code config} to {@code routes}.
     *
     * @throws IllegalArgumentException naming the entry that is wrong
     */
    public UssdRoutes load(Map<String, ?> config, UssdRoutes routes) {
        config.forEach((pattern, target) -> {
            try {
                add(pattern.strip(), serviceOf(target), routes);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("USSD route '" + pattern + "': " + e.getMessage(), e);
            }
        });
        return routes;
    }

    private static void add(String pattern, UssdService service, UssdRoutes routes) {
        if (pattern.endsWith("#")) {
            routes.exact(pattern, service);
        } else if (pattern.startsWith("*")) {
            routes.prefix(pattern, service);
        } else {
            routes.serviceCode(pattern, service);
        }
    }

    private UssdService serviceOf(Object target) {
        if (target instanceof String name) {
            UssdService builtin = builtins.get(name);
            if (builtin == null) {
                throw new IllegalArgumentException("no built-in service '" + name + "'; there are " + builtins.keySet());
            }
            return builtin;
        }
        if (target instanceof Map<?, ?> app && app.get("url") instanceof String url) {
            Object notify = app.get("notify");
            if (notify == null) {
                return apps.app(URI.create(url));
            }
            if (notify instanceof String notifyUrl) {
                return apps.app(URI.create(url), URI.create(notifyUrl));
            }
        }
        throw new IllegalArgumentException("a route names a built-in service or an application {url: ..., notify: ...}, got " + target);
    }
}
