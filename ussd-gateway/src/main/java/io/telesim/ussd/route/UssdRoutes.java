package io.telesim.ussd.route;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.telesim.ussd.app.UssdCode;
import io.telesim.ussd.app.UssdService;

/**
 * Which service answers a code: an exact code ({@code *100#}), a prefix ({@code *111*}) or a service
 * code ({@code 111}, matching {@code *111#} and {@code *111*...#}). The longest match wins: an exact
 * code beats any prefix, and a service code counts as its {@code *} and digits. Routes are added at
 * start-up (from code or from {@link UssdRouteConfig}); lookups are thread-safe.
 */
public final class UssdRoutes {

    private final Map<String, UssdService> exact = new ConcurrentHashMap<>();
    private final Map<String, UssdService> prefixes = new ConcurrentHashMap<>();
    private final Map<String, UssdService> serviceCodes = new ConcurrentHashMap<>();

    /** Routes the code {@code code} as dialled (normalised, e.g. {@code *100#}) to {@code service}. */
    public UssdRoutes exact(String code, UssdService service) {
        exact.put(UssdCode.parse(code).text(), service);
        return this;
    }

    /** Routes every code that starts with {@code prefix} (e.g. {@code *111*}) to {@code service}. */
    public UssdRoutes prefix(String prefix, UssdService service) {
        String normalised = prefix.replace(" ", "");
        if (!normalised.startsWith("*") || normalised.contains("#") || normalised.length() < 2) {
            throw new IllegalArgumentException("a prefix starts with * and has no #, like *111*, got '" + prefix + "'");
        }
        prefixes.put(normalised, service);
        return this;
    }

    /** Routes every code of service code {@code serviceCode} (1 to 3 digits, e.g. {@code 111}) to {@code service}. */
    public UssdRoutes serviceCode(String serviceCode, UssdService service) {
        if (!serviceCode.matches("[0-9]{1,3}")) {
            throw new IllegalArgumentException("a service code is 1 to 3 digits, got '" + serviceCode + "'");
        }
        serviceCodes.put(serviceCode, service);
        return this;
    }

    /** The service of the longest route that matches {@code code}; a prefix wins a tie with a service code. */
    public Optional<UssdService> find(UssdCode code) {
        String text = code.text();
        UssdService exactService = exact.get(text);
        if (exactService != null) {
            return Optional.of(exactService);
        }
        int serviceCodeLength = 1 + code.serviceCode().length();
        for (int length = text.length() - 1; length > 0; length--) {
            UssdService service = prefixes.get(text.substring(0, length));
            if (service == null && length == serviceCodeLength) {
                service = serviceCodes.get(code.serviceCode());
            }
            if (service != null) {
                return Optional.of(service);
            }
        }
        return Optional.empty();
    }
}
