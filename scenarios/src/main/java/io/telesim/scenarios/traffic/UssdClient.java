package io.telesim.scenarios.traffic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The handsets' side of the USSD gateway's HTTP protocol: dial ({@code POST /ussd/sessions}), reply
 * ({@code POST /ussd/sessions/{id}/reply}) and hang up ({@code DELETE /ussd/sessions/{id}}), asynchronously, on keep-alive
 * connections of the JDK's HTTP client running on the given executor.
 */
final class UssdClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final String base;

    UssdClient(String host, int port, ExecutorService executor) {
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).executor(executor)
                .build();
        this.base = "http://" + host + ":" + port + "/ussd/sessions";
    }

    CompletableFuture<UssdScreen> dial(long msisdn, String code) {
        return post(base, Map.of("msisdn", Long.toString(msisdn), "code", code));
    }

    CompletableFuture<UssdScreen> reply(String sessionId, String input) {
        return post(base + "/" + sessionId + "/reply", Map.of("input", input));
    }

    CompletableFuture<UssdScreen> hangUp(String sessionId) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/" + sessionId)).timeout(TIMEOUT).DELETE().build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .thenApply(response -> new UssdScreen(response.statusCode(), sessionId, "", true));
    }

    private CompletableFuture<UssdScreen> post(String uri, Map<String, String> body) {
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(uri)).timeout(TIMEOUT).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body))).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()).thenApply(UssdClient::screen);
    }

    private static UssdScreen screen(HttpResponse<byte[]> response) {
        if (response.statusCode() != 200) {
            return new UssdScreen(response.statusCode(), null, "", true);
        }
        try {
            JsonNode json = JSON.readTree(response.body());
            return new UssdScreen(200, json.path("sessionId").asText(null), json.path("text").asText(""), json.path("end").asBoolean(true));
        } catch (IOException e) {
            return new UssdScreen(502, null, "not JSON: " + e.getMessage(), true);
        }
    }
}
