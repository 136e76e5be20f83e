package io.telesim.ussd.apps;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;

import io.telesim.ussd.app.UssdService;

/**
 * Makes the services of third-party USSD applications, which all share one HTTP client, one answer
 * timeout and the network name they are told. Applications run on this machine: a URL that does not
 * point at the loopback interface is refused.
 */
public final class ThirdPartyApps {

    private final HttpClient client;
    private final Duration timeout;
    private final String networkCode;

    /**
     * @param timeout     how long an application may take to answer a step
     * @param networkCode the {@code networkCode} field applications get, e.g. {@code Telesim}
     */
    public ThirdPartyApps(HttpClient client, Duration timeout, String networkCode) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("an application timeout must be positive, got " + timeout);
        }
        this.client = client;
        this.timeout = timeout;
        this.networkCode = networkCode;
    }

    /** The application answering at {@code url}, without an end-of-session notification. */
    public UssdService app(URI url) {
        return new ThirdPartyApp(client, loopback(url), null, timeout, networkCode);
    }

    /** The application answering at {@code url} and told at {@code notifyUrl} of sessions it did not end. */
    public UssdService app(URI url, URI notifyUrl) {
        return new ThirdPartyApp(client, loopback(url), loopback(notifyUrl), timeout, networkCode);
    }

    /** Checked by its text: resolving a name would itself ask a DNS server elsewhere. */
    private static URI loopback(URI url) {
        if (url.getHost() == null || !("http".equals(url.getScheme()) || "https".equals(url.getScheme()))) {
            throw new IllegalArgumentException("an application URL is http(s)://host:port/path, got " + url);
        }
        String host = url.getHost();
        if (!host.equals("localhost") && !host.equals("[::1]") && !host.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}")) {
            throw new IllegalArgumentException("applications run on this machine: " + url + " is not a loopback address");
        }
        return url;
    }
}
