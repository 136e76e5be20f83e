package io.telesim.ussd.apps;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.telesim.ussd.app.UssdCode;
import io.telesim.ussd.app.UssdRequest;
import io.telesim.ussd.app.UssdService;
import io.telesim.ussd.route.UssdRoutes;
import io.telesim.ussd.session.SessionLimits;
import io.telesim.ussd.session.UssdAnswer;
import io.telesim.ussd.session.UssdSessions;

class ThirdPartyAppTest {

    private static final long ALICE = 79_160_000_001L;
    private static final String UNAVAILABLE = "The service is not available, try later";

    private final BlockingQueue<Map<String, String>> steps = new LinkedBlockingQueue<>();
    private final BlockingQueue<Map<String, String>> notifications = new LinkedBlockingQueue<>();
    private final CountDownLatch releaseSlowApp = new CountDownLatch(1);
    private HttpServer appServer;
    private ThirdPartyApps apps;
    private UssdSessions sessions;

    @BeforeEach
    void startTheApplication() throws IOException {
        appServer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        appServer.setExecutor(Executors.newCachedThreadPool());
        appServer.createContext("/shop", exchange -> {
            Map<String, String> form = form(exchange);
            steps.add(form);
            answer(exchange, 200, switch (form.get("text")) {
                case "" -> "CON Welcome\n1 Bread";
                case "1" -> "CON How many?";
                default -> "END Bought " + form.get("text");
            });
        });
        appServer.createContext("/slow", exchange -> {
            awaitQuietly(releaseSlowApp);
            answer(exchange, 200, "END Too late");
        });
        appServer.createContext("/broken", exchange -> answer(exchange, 500, "oops"));
        appServer.createContext("/chatty", exchange -> answer(exchange, 200, "Hello there"));
        appServer.createContext("/ended", exchange -> {
            notifications.add(form(exchange));
            answer(exchange, 200, "");
        });
        appServer.start();
        apps = new ThirdPartyApps(HttpClient.newHttpClient(), Duration.ofMillis(300), "Telesim");
        UssdRoutes routes = new UssdRoutes()
                .serviceCode("384", apps.app(url("/shop"), url("/ended")))
                .exact("*385#", apps.app(url("/slow"), url("/ended")))
                .exact("*386#", apps.app(url("/broken")))
                .exact("*387#", apps.app(url("/chatty")));
        sessions = new UssdSessions(routes, new SessionLimits(30_000, 180_000, 100, 100), new AtomicLong()::get);
    }

    @AfterEach
    void stopTheApplication() {
        releaseSlowApp.countDown();
        appServer.stop(0);
    }

    @Test
    void theApplicationLeadsTheDialogWithConAndEndsItWithEnd() throws Exception {
        UssdAnswer first = await(sessions.dial(ALICE, "*384*7#"));
        assertEquals(new UssdAnswer(first.sessionId(), "Welcome\n1 Bread", false), first);
        assertEquals("How many?", await(sessions.reply(first.sessionId(), "1").orElseThrow()).text());
        UssdAnswer last = await(sessions.reply(first.sessionId(), "2").orElseThrow());
        assertEquals(new UssdAnswer(first.sessionId(), "Bought 1*2", true), last);

        Map<String, String> start = steps.poll(5, TimeUnit.SECONDS);
        assertEquals(Map.of("sessionId", first.sessionId(), "serviceCode", "*384*7#", "phoneNumber", "+79160000001",
                "networkCode", "Telesim", "text", ""), start);
        assertEquals("1", steps.poll(5, TimeUnit.SECONDS).get("text"));
        assertEquals("1*2", steps.poll(5, TimeUnit.SECONDS).get("text"));
        assertEquals(0, sessions.openSessions());
    }

    @Test
    void anApplicationThatEndedTheSessionIsNotNotified() throws Exception {
        UssdAnswer first = await(sessions.dial(ALICE, "*384#"));
        await(sessions.reply(first.sessionId(), "2").orElseThrow());
        UssdAnswer hangUpAfterEnd = await(sessions.dial(ALICE, "*384#"));
        sessions.hangUp(hangUpAfterEnd.sessionId());
        Map<String, String> notified = notifications.poll(5, TimeUnit.SECONDS);
        assertEquals(hangUpAfterEnd.sessionId(), notified.get("sessionId"), "only the session the user hung up");
        assertEquals("USER", notified.get("reason"));
        assertEquals("+79160000001", notified.get("phoneNumber"));
    }

    @Test
    void aSlowApplicationEndsTheSessionWithAnErrorScreenAndIsNotified() throws Exception {
        UssdAnswer answer = await(sessions.dial(ALICE, "*385#"));
        assertEquals(new UssdAnswer(answer.sessionId(), UNAVAILABLE, true), answer);
        assertEquals("ERROR", notifications.poll(5, TimeUnit.SECONDS).get("reason"));
        assertTrue(failureOf(url("/slow")).contains("did not answer within 300 ms"));
    }

    @Test
    void anHttpErrorEndsTheSessionWithAnErrorScreen() throws Exception {
        assertEquals(UNAVAILABLE, await(sessions.dial(ALICE, "*386#")).text());
        assertTrue(failureOf(url("/broken")).contains("answered HTTP 500"));
    }

    @Test
    void anAnswerWithoutConOrEndEndsTheSessionWithAnErrorScreen() throws Exception {
        UssdAnswer answer = await(sessions.dial(ALICE, "*387#"));
        assertEquals(UNAVAILABLE, answer.text());
        assertTrue(answer.end());
        assertTrue(failureOf(url("/chatty")).contains("neither 'CON <screen>' nor 'END <screen>': 'Hello there'"));
    }

    @Test
    void applicationsOutsideThisMachineAreRefused() {
        for (String remote : List.of("http://10.0.0.1/ussd", "http://example.com/ussd", "ftp://127.0.0.1/ussd")) {
            assertThrows(IllegalArgumentException.class, () -> apps.app(URI.create(remote)), remote);
        }
        assertDoesNotThrow(() -> apps.app(URI.create("http://localhost:1/ussd")));
    }

    /** Why the application's first step failed, as the session's log line says it. */
    private String failureOf(URI app) throws InterruptedException {
        UssdService service = apps.app(app);
        CompletionStage<?> first = service.open(new UssdRequest("s1", ALICE, UssdCode.parse("*1#"))).start();
        try {
            first.toCompletableFuture().get(5, TimeUnit.SECONDS);
            throw new AssertionError("the step should fail");
        } catch (ExecutionException e) {
            return assertInstanceOf(ThirdPartyAppException.class, e.getCause()).getMessage();
        } catch (TimeoutException e) {
            throw new AssertionError("the gateway's own timeout should have failed the step", e);
        }
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + appServer.getAddress().getPort() + path);
    }

    private static UssdAnswer await(CompletionStage<UssdAnswer> stage) throws Exception {
        return stage.toCompletableFuture().get(5, TimeUnit.SECONDS);
    }

    private static Map<String, String> form(HttpExchange exchange) throws IOException {
        Map<String, String> form = new HashMap<>();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        for (String field : body.split("&")) {
            String[] pair = field.split("=", 2);
            form.put(URLDecoder.decode(pair[0], StandardCharsets.UTF_8), URLDecoder.decode(pair[1], StandardCharsets.UTF_8));
        }
        assertEquals("application/x-www-form-urlencoded", exchange.getRequestHeaders().getFirst("Content-Type"));
        return form;
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
