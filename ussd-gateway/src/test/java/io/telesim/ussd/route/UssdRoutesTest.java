package io.telesim.ussd.route;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.telesim.ussd.app.UssdCode;
import io.telesim.ussd.app.UssdService;
import io.telesim.ussd.apps.ThirdPartyApps;
import io.telesim.ussd.testing.MenuService;

class UssdRoutesTest {

    private final UssdService balance = new MenuService();
    private final UssdService bundles = new MenuService();
    private final UssdService transfers = new MenuService();
    private final UssdService bundleOne = new MenuService();

    @Test
    void theLongestMatchWins() {
        UssdRoutes routes = new UssdRoutes()
                .exact("*100#", balance)
                .serviceCode("111", bundles)
                .prefix("*111*828*", transfers)
                .exact("*111*828*1#", bundleOne);
        assertSame(balance, find(routes, "*100#"));
        assertSame(bundles, find(routes, "*111#"));
        assertSame(bundles, find(routes, "*111*5#"));
        assertSame(transfers, find(routes, "*111*828*2#"));
        assertSame(bundleOne, find(routes, "*111*828*1#"));
        assertTrue(routes.find(UssdCode.parse("*11*1#")).isEmpty(), "*11 is not service code 111");
        assertTrue(routes.find(UssdCode.parse("*100*1#")).isEmpty(), "an exact code matches only itself");
    }

    @Test
    void aPrefixLongerThanAServiceCodeBeatsIt() {
        UssdRoutes routes = new UssdRoutes().prefix("*111*", transfers).serviceCode("111", bundles);
        assertSame(transfers, find(routes, "*111*1#"));
        assertSame(bundles, find(routes, "*111#"));
    }

    @Test
    void routesLoadFromConfigurationAsTheSimulatorReadsIt() {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("*100#", "balance");
        config.put("111", "bundles");
        config.put("*384*", Map.of("url", "http://127.0.0.1:9000/ussd", "notify", "http://127.0.0.1:9000/ended"));
        UssdRoutes routes = config().load(config, new UssdRoutes());
        assertSame(balance, find(routes, "*100#"));
        assertSame(bundles, find(routes, "*111*1#"));
        assertTrue(routes.find(UssdCode.parse("*384*1#")).isPresent());
    }

    @Test
    void aWrongEntryIsNamedWhenTheConfigurationLoads() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> config().load(Map.of("*101#", "nothing"), new UssdRoutes()));
        assertTrue(unknown.getMessage().startsWith("USSD route '*101#': no built-in service 'nothing'"), unknown.getMessage());
        IllegalArgumentException remote = assertThrows(IllegalArgumentException.class,
                () -> config().load(Map.of("*384*", Map.of("url", "http://example.com/ussd")), new UssdRoutes()));
        assertTrue(remote.getMessage().contains("not a loopback address"), remote.getMessage());
        assertThrows(IllegalArgumentException.class, () -> config().load(Map.of("1111", "balance"), new UssdRoutes()));
        assertThrows(IllegalArgumentException.class, () -> config().load(Map.of("*100#", 42), new UssdRoutes()));
    }

    private UssdRouteConfig config() {
        ThirdPartyApps apps = new ThirdPartyApps(HttpClient.newHttpClient(), Duration.ofSeconds(1), "Telesim");
        return new UssdRouteConfig(Map.of("balance", balance, "bundles", bundles), apps);
    }

    private static UssdService find(UssdRoutes routes, String code) {
        return routes.find(UssdCode.parse(code)).orElseThrow();
    }
}
