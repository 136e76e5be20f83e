package io.telesim.simulator.web.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.Router;

/**
 * The route a request went to, as its template ({@code /admin/subscribers/:msisdn}), for metric labels: a
 * template keeps numbers and ids out of the labels, so the series stay as few as the routes. A request that no
 * route with a path matches is {@value #UNMATCHED}. Exact routes win over prefix routes ({@code /static/*}), as
 * a guard on a prefix ({@code /admin/*}) must not take its endpoints' requests.
 */
final class RouteTemplates {

    static final String UNMATCHED = "unmatched";

    private final Router router;
    private volatile List<Template> templates;

    /** @param router read at the first request, when every route is mounted */
    RouteTemplates(Router router) {
        this.router = router;
    }

    String of(HttpMethod method, String path) {
        if (path == null) {
            return UNMATCHED;
        }
        List<Template> known = templates;
        if (known == null) {
            known = read(router);
            templates = known;
        }
        Template prefix = null;
        for (Template template : known) {
            if (template.accepts(method) && template.matches(path)) {
                if (!template.prefix()) {
                    return template.text();
                }
                if (prefix == null) {
                    prefix = template;
                }
            }
        }
        return prefix == null ? UNMATCHED : prefix.text() + "*";
    }

    private static List<Template> read(Router router) {
        List<Template> templates = new ArrayList<>();
        for (Route route : router.getRoutes()) {
            String path = route.getPath();
            if (path != null) {
                templates.add(new Template(path, path.split("/", -1), path.length() > 1 && path.endsWith("/"), route.methods()));
            }
        }
        return List.copyOf(templates);
    }

    /**
     * A route's path: {@code :name} segments match any non-empty segment; a prefix path (Vert.x shows
     * {@code /static/*} as {@code /static/}) matches itself and everything below it.
     */
    private record Template(String text, String[] segments, boolean prefix, Set<HttpMethod> methods) {

        boolean accepts(HttpMethod method) {
            return methods == null || methods.isEmpty() || methods.contains(method);
        }

        boolean matches(String path) {
            if (prefix) {
                return path.startsWith(text) || path.equals(text.substring(0, text.length() - 1));
            }
            String[] parts = path.split("/", -1);
            if (parts.length != segments.length) {
                return false;
            }
            for (int i = 0; i < parts.length; i++) {
                boolean parameter = segments[i].startsWith(":") && !parts[i].isEmpty();
                if (!parameter && !segments[i].equals(parts[i])) {
                    return false;
                }
            }
            return true;
        }
    }
}
