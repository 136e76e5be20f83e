package io.telesim.scenarios.remote;

import java.io.IOException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientAgent;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;

/**
 * The admin API of a running operator ({@code ./telesim serve}), as the runner reaches it: Vert.x's HTTP client on two
 * event loops of its own, a pool of {@value #CONNECTIONS} keep-alive connections, every request with the bearer token,
 * answered asynchronously. {@link #open} checks the operator is there and takes the token before anything else.
 */
public final class AdminApi implements AutoCloseable {

    /** Connections kept open to the operator: as many requests can be in flight at once. */
    public static final int CONNECTIONS = 64;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long TIMEOUT_MILLIS = TimeUnit.SECONDS.toMillis(30);
    private static final int BUSY_RETRIES = 100;
    private static final long BUSY_PAUSE_MILLIS = 20;

    private final Vertx vertx;
    private final Context context;
    private final HttpClientAgent http;
    private final String where;
    private final String authorization;

    private AdminApi(Vertx vertx, HttpClientAgent http, String where, String token) {
        this.vertx = vertx;
        this.context = vertx.getOrCreateContext();
        this.http = http;
        this.where = where;
        this.authorization = "Bearer " + token;
    }

    /** Connects to {@code host:port} and checks the token on {@code GET /admin/health}; a clear one-line failure otherwise. */
    public static AdminApi open(String host, int port, String token) {
        if (token == null || token.isBlank()) {
            throw new AdminApiException("--target needs the operator's admin token: --admin-token TOKEN (./telesim serve prints it) "
                    + "or the environment variable TELESIM_ADMIN_TOKEN");
        }
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(2).setWorkerPoolSize(1));
        HttpClientAgent http = vertx.createHttpClient(new HttpClientOptions().setDefaultHost(host).setDefaultPort(port).setKeepAlive(true)
                .setConnectTimeout(5_000), new PoolOptions().setHttp1MaxSize(CONNECTIONS));
        AdminApi api = new AdminApi(vertx, http, host + ":" + port, token.trim());
        try {
            int status = api.await(api.get("/admin/health"), Duration.ofSeconds(10)).status();
            if (status == 401) {
                throw new AdminApiException("the operator at " + api.where + " refused the admin token (401): pass the token ./telesim serve "
                        + "printed, with --admin-token or TELESIM_ADMIN_TOKEN");
            }
            if (status != 200 && status != 503) {
                throw new AdminApiException("the web server at " + api.where + " is not a Telesim operator's admin API (GET /admin/health: "
                        + status + "); is --web-port right?");
            }
        } catch (RuntimeException e) {
            api.close();
            throw e;
        }
        return api;
    }

    /** Where the API is, host:port. */
    public String where() {
        return where;
    }

    public Future<Answer> get(String uri) {
        return send(HttpMethod.GET, uri, null);
    }

    /** POSTs a JSON body; the future fails only when no HTTP answer came (the link failed, or 30 s passed). */
    public Future<Answer> post(String uri, String json) {
        return send(HttpMethod.POST, uri, Buffer.buffer(json));
    }

    /**
     * Sends on the client's own context: requests made from other threads at once (the engine loop's, the audit's)
     * were seen to wait for a pooled connection forever.
     */
    private Future<Answer> send(HttpMethod method, String uri, Buffer body) {
        RequestOptions request = new RequestOptions().setMethod(method).setURI(uri).setConnectTimeout(TIMEOUT_MILLIS)
                .setIdleTimeout(TIMEOUT_MILLIS).putHeader(HttpHeaders.AUTHORIZATION, authorization);
        if (body != null) {
            request.putHeader(HttpHeaders.CONTENT_TYPE, "application/json");
        }
        Promise<Answer> answer = Promise.promise();
        context.runOnContext(ignored -> http.request(request).compose(r -> body == null ? r.send() : r.send(body))
                .compose(response -> response.body().map(bytes -> new Answer(response.statusCode(), bytes))).onComplete(answer));
        return answer.future();
    }

    /**
     * POSTs every body to {@code uri} at once and waits for the answers, in order: a busy operator's 503 is asked again
     * (up to {@value #BUSY_RETRIES} times, {@value #BUSY_PAUSE_MILLIS} ms apart), any other failure is an
     * {@link AdminApiException} saying what was being done ({@code doing}). On a thread that may wait.
     */
    public List<JsonNode> postAll(String uri, List<String> bodies, Duration timeout, String doing) {
        List<Future<Answer>> sent = bodies.stream().map(body -> post(uri, body)).toList();
        List<JsonNode> answers = new ArrayList<>(bodies.size());
        for (int i = 0; i < sent.size(); i++) {
            Answer answer = await(sent.get(i), timeout);
            for (int attempt = 0; answer.status() == 503 && attempt < BUSY_RETRIES; attempt++) {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(BUSY_PAUSE_MILLIS));
                answer = await(post(uri, bodies.get(i)), timeout);
            }
            if (answer.status() != 200) {
                throw new AdminApiException(doing + " from " + where + ": " + answer.error());
            }
            answers.add(answer.json());
        }
        return answers;
    }

    /** Waits for {@code answer} on a thread that may wait; a link failure is an {@link AdminApiException}. */
    public Answer await(Future<Answer> answer, Duration timeout) {
        try {
            return answer.toCompletionStage().toCompletableFuture().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw unreachable(e.getCause());
        } catch (TimeoutException e) {
            throw new AdminApiException("the operator's admin API at " + where + " did not answer in " + timeout.toSeconds() + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AdminApiException("interrupted while waiting for the operator's admin API at " + where);
        }
    }

    private AdminApiException unreachable(Throwable cause) {
        String why = cause instanceof ConnectException ? "connection refused" : cause == null ? "no answer" : cause.getMessage();
        return new AdminApiException("cannot reach the operator's admin API at " + where + " (" + why + "): is ./telesim serve running "
                + "there, and is --web-port right?");
    }

    @Override
    public void close() {
        vertx.close().toCompletionStage().toCompletableFuture().orTimeout(5, TimeUnit.SECONDS).exceptionally(e -> null).join();
    }

    /** An HTTP answer: its status and body. */
    public record Answer(int status, Buffer body) {

        /** The body as JSON; an {@link AdminApiException} when it is not. */
        public JsonNode json() {
            try {
                return JSON.readTree(body.getBytes());
            } catch (IOException e) {
                throw new AdminApiException("the operator answered " + status + " with a body that is not JSON: " + e.getMessage());
            }
        }

        /** The API's error message, or the status when the body has none. */
        public String error() {
            try {
                JsonNode error = JSON.readTree(body.getBytes()).path("error");
                return error.isTextual() ? status + " " + error.asText() : "HTTP " + status;
            } catch (IOException e) {
                return "HTTP " + status;
            }
        }
    }
}
