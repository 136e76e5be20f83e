package io.telesim.simulator.web.admin;

import java.net.URI;
import java.net.http.HttpRequest;

import io.telesim.simulator.web.ApiClient;
import io.telesim.simulator.web.WebFixture;

/** A real HTTP client of the admin API: sends the bearer token it was given (and no cookies or CSRF header). */
final class AdminClient {

    private final ApiClient http;
    private final String base;
    private final String token;

    AdminClient(WebFixture fixture, String token) {
        this.http = fixture.client();
        this.base = fixture.baseUrl();
        this.token = token;
    }

    /** A client with the fixture's admin token. */
    static AdminClient of(WebFixture fixture) {
        return new AdminClient(fixture, WebFixture.ADMIN_TOKEN);
    }

    ApiClient.Reply get(String path) throws Exception {
        return http.send(request(path).GET());
    }

    ApiClient.Reply post(String path, String json) throws Exception {
        return http.send(request(path).header("Content-Type", "application/json")
                .POST(json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }
}
