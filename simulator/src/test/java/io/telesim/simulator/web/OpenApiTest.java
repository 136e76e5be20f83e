package io.telesim.simulator.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** The OpenAPI file documents every route of the API, and the server hands it out. */
class OpenApiTest {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "patch");

    @Test
    void everyApiRouteIsDocumentedAndEveryDocumentedRouteExists() throws Exception {
        List<String> documented = documentedRoutes();
        try (WebFixture fixture = WebFixture.start(1)) {
            List<String> served = fixture.operator().web().apiRoutes();
            List<String> undocumented = new ArrayList<>(served);
            undocumented.removeAll(documented);
            assertEquals(List.of(), undocumented, "routes missing from openapi.yaml");
            List<String> missing = new ArrayList<>(documented);
            missing.removeAll(served);
            assertEquals(List.of(), missing, "documented routes the server does not have");

            var file = fixture.client().get("/api/openapi.yaml");
            assertEquals(200, file.status());
            assertTrue(file.body().startsWith("openapi: 3"));
        }
    }

    /** An unquoted comma in a flow mapping ({@code {description: a, b}}) silently makes a key "b" with no value. */
    @Test
    void noKeyIsLeftWithoutAValue() throws Exception {
        List<String> empty = new ArrayList<>();
        collectEmpty(load(), "", empty);
        assertEquals(List.of(), empty, "keys without a value in openapi.yaml (quote text with commas)");
    }

    private static void collectEmpty(Object node, String path, List<String> empty) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> {
                if (value == null) {
                    empty.add(path + "/" + key);
                }
                collectEmpty(value, path + "/" + key, empty);
            });
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                collectEmpty(list.get(i), path + "[" + i + "]", empty);
            }
        }
    }

    private static Map<String, Object> load() throws Exception {
        try (InputStream in = OpenApiTest.class.getClassLoader().getResourceAsStream("web/openapi.yaml")) {
            return new Yaml().load(in);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> documentedRoutes() throws Exception {
        List<String> routes = new ArrayList<>();
        ((Map<String, Map<String, Object>>) load().get("paths")).forEach((path, operations) -> operations.keySet().stream()
                .filter(METHODS::contains).forEach(method -> routes.add(method.toUpperCase() + " " + path)));
        return routes;
    }
}
