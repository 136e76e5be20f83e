package io.telesim.simulator.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A real HTTP client for tests, with a cookie jar like a browser's, that sends the CSRF token on
 * state-changing requests the way the pages' script does (the XSRF-TOKEN cookie's value in X-XSRF-TOKEN).
 */
public final class ApiClient {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern SIX_DIGITS = Pattern.compile("\\b(\\d{6})\\b");

    /** A response: its status, headers and body (as text and, when JSON, as a tree). */
    public record Reply(int status, String body, HttpResponse<String> raw) {

        public JsonNode json() {
            try {
                return MAPPER.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + "): " + body, e);
            }
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    ApiClient(String base) {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public Reply get(String path) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    public Reply post(String path, String json) throws Exception {
        return send(withCsrf(HttpRequest.newBuilder(URI.create(base + path)).POST(body(json))));
    }

    public Reply put(String path, String json) throws Exception {
        return send(withCsrf(HttpRequest.newBuilder(URI.create(base + path)).PUT(body(json))));
    }

    public Reply delete(String path) throws Exception {
        return send(withCsrf(HttpRequest.newBuilder(URI.create(base + path)).DELETE()));
    }

    /** Sends a request as built, without adding the CSRF header. */
    public Reply send(HttpRequest.Builder request) throws Exception {
        HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), response.body(), response);
    }

    /** Logs in as {@code msisdn} with a code read from its inbox; fails the test unless it works. */
    public JsonNode login(long msisdn, WebFixture fixture) throws Exception {
        long after = fixture.lastSmsId(msisdn);
        Reply sent = post("/api/login/code", "{\"number\":\"" + msisdn + "\"}");
        if (sent.status() != 202) {
            throw new AssertionError("code request refused: " + sent.status() + " " + sent.body());
        }
        String code = codeIn(fixture.awaitSms(msisdn, "3339", after).text());
        Reply login = post("/api/login", "{\"number\":\"" + msisdn + "\",\"code\":\"" + code + "\"}");
        if (login.status() != 200) {
            throw new AssertionError("login refused: " + login.status() + " " + login.body());
        }
        return login.json();
    }

    /** The six-digit code in an SMS text. */
    public static String codeIn(String sms) {
        Matcher matcher = SIX_DIGITS.matcher(sms);
        if (!matcher.find()) {
            throw new AssertionError("no code in: " + sms);
        }
        return matcher.group(1);
    }

    /** The CSRF cookie's value, fetching a page first when there is none yet. */
    public String csrfToken() throws Exception {
        String token = cookie("XSRF-TOKEN");
        if (token == null) {
            get("/api/session");
            token = cookie("XSRF-TOKEN");
        }
        return token;
    }

    public String cookie(String name) {
        for (HttpCookie cookie : cookies.getCookieStore().getCookies()) {
            if (cookie.getName().equals(name)) {
                return cookie.getValue();
            }
        }
        return null;
    }

    private HttpRequest.Builder withCsrf(HttpRequest.Builder request) throws Exception {
        String token = csrfToken();
        if (token != null) {
            request.header("X-XSRF-TOKEN", token);
        }
        return request.header("Content-Type", "application/json");
    }

    private static HttpRequest.BodyPublisher body(String json) {
        return json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json);
    }
}
