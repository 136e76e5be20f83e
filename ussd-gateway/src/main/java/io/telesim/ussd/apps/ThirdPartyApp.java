package io.telesim.ussd.apps;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.telesim.ussd.app.UssdDialog;
import io.telesim.ussd.app.UssdEnd;
import io.telesim.ussd.app.UssdRequest;
import io.telesim.ussd.app.UssdScreen;
import io.telesim.ussd.app.UssdService;

/**
 * A third-party application as USSD developers write them: every step is a form POST of
 * {@code sessionId}, {@code serviceCode}, {@code phoneNumber}, {@code networkCode} and {@code text}
 * (the inputs so far joined with {@code *}), answered by {@code CON <screen>} or {@code END <screen>}.
 * A step not answered in time, an HTTP error or another answer fails with a {@link ThirdPartyAppException}.
 */
final class ThirdPartyApp implements UssdService {

    private static final Logger LOG = LoggerFactory.getLogger(ThirdPartyApp.class);

    private final HttpClient client;
    private final URI url;
    private final URI notifyUrl;
    private final Duration timeout;
    private final String networkCode;

    /** @param notifyUrl where sessions the application did not end are reported, or {@code null} */
    ThirdPartyApp(HttpClient client, URI url, URI notifyUrl, Duration timeout, String networkCode) {
        this.client = client;
        this.url = url;
        this.notifyUrl = notifyUrl;
        this.timeout = timeout;
        this.networkCode = networkCode;
    }

    @Override
    public UssdDialog open(UssdRequest request) {
        return new AppDialog(this, request);
    }

    /** One step of {@code request}'s session with everything the user typed so far. */
    CompletableFuture<UssdScreen> step(UssdRequest request, String text) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("sessionId", request.sessionId());
        form.put("serviceCode", request.code().text());
        form.put("phoneNumber", phoneNumber(request));
        form.put("networkCode", networkCode);
        form.put("text", text);
        return client.sendAsync(post(url, form), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                .orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .handle((response, failure) -> screenOf(response, failure));
    }

    /** Tells the application, if it asked to be told, that {@code request}'s session ended without its END. */
    void notifyEnded(UssdRequest request, UssdEnd reason) {
        if (notifyUrl == null) {
            return;
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("sessionId", request.sessionId());
        form.put("phoneNumber", phoneNumber(request));
        form.put("reason", reason.name());
        client.sendAsync(post(notifyUrl, form), HttpResponse.BodyHandlers.discarding())
                .whenComplete((response, failure) -> {
                    if (failure != null || response.statusCode() / 100 != 2) {
                        LOG.warn("USSD app at {} was not told that session {} ended ({}): {}", notifyUrl, request.sessionId(),
                                reason, failure != null ? failure.toString() : "HTTP " + response.statusCode());
                    }
                });
    }

    private UssdScreen screenOf(HttpResponse<String> response, Throwable failure) {
        if (failure != null) {
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
            if (cause instanceof TimeoutException || cause instanceof HttpTimeoutException) {
                throw new ThirdPartyAppException("the USSD app at " + url + " did not answer within " + timeout.toMillis() + " ms", cause);
            }
            throw new ThirdPartyAppException("the USSD app at " + url + " could not be reached: " + cause, cause);
        }
        if (response.statusCode() / 100 != 2) {
            throw new ThirdPartyAppException("the USSD app at " + url + " answered HTTP " + response.statusCode(), null);
        }
        UssdScreen screen = AppAnswer.parse(response.body());
        if (screen == null) {
            throw new ThirdPartyAppException("the USSD app at " + url + " answered neither 'CON <screen>' nor 'END <screen>': '"
                    + abbreviated(response.body()) + "'", null);
        }
        return screen;
    }

    private HttpRequest post(URI target, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(target)
                .timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
    }

    private static String phoneNumber(UssdRequest request) {
        return "+" + request.msisdn();
    }

    private static String abbreviated(String body) {
        return body.length() <= 60 ? body : body.substring(0, 60) + "...";
    }
}
