package io.telesim.ussd.gateway;

import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The handset's side of the HTTP protocol, for tests: java.net.http against the real gateway. */
final class HandsetClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    HandsetClient(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    CompletableFuture<HttpResponse<String>> dial(String msisdn, String code) {
        return send("POST", "/ussd/sessions", "{\"msisdn\":\"" + msisdn + "\",\"code\":\"" + code + "\"}");
    }

    CompletableFuture<HttpResponse<String>> reply(String sessionId, String input) {
        return send("POST", "/ussd/sessions/" + sessionId + "/reply", "{\"input\":\"" + input + "\"}");
    }

    CompletableFuture<HttpResponse<String>> hangUp(String sessionId) {
        return send("DELETE", "/ussd/sessions/" + sessionId, null);
    }

    CompletableFuture<HttpResponse<String>> send(String method, String path, String body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json")
                .build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("not JSON: " + response.body(), e);
        }
    }
}
