package io.telesim.simulator.serve;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The USSD gateway's part of the operator's configuration.
 *
 * @param port where handsets connect (0 picks a free one)
 * @param apps third-party applications by code or prefix, as {@link UssdAppsFile} reads them
 */
public record UssdConfig(int port, Map<String, Object> apps) {

    public static final int DEFAULT_PORT = 8090;

    public UssdConfig {
        apps = Collections.unmodifiableMap(new LinkedHashMap<>(apps)); // in file order, for messages
    }

    public UssdConfig withPort(int newPort) {
        return new UssdConfig(newPort, apps);
    }
}
