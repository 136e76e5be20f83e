package io.telesim.simulator.web;

import java.io.IOException;
import java.net.BindException;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.telesim.simulator.web.http.FailureHandler;
import io.telesim.simulator.web.account.AccountRoutes;
import io.telesim.simulator.web.admin.AdminRoutes;
import io.telesim.simulator.web.bonus.BonusRoutes;
import io.telesim.simulator.web.business.BusinessRoutes;
import io.telesim.simulator.web.login.LoginRoutes;
import io.telesim.simulator.web.metrics.OperatorMetrics;
import io.telesim.simulator.web.money.MoneyRoutes;
import io.telesim.simulator.web.numbers.NumbersRoutes;
import io.telesim.simulator.web.page.Format;
import io.telesim.simulator.web.page.PageRoutes;
import io.telesim.simulator.web.plans.PlansRoutes;
import io.telesim.simulator.web.statement.StatementRoutes;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.file.FileSystemOptions;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.handler.CSRFHandler;
import io.vertx.ext.web.handler.SessionHandler;
import io.vertx.ext.web.handler.StaticHandler;
import io.vertx.ext.web.sstore.LocalSessionStore;

/**
 * The web server on 127.0.0.1:8080 (Vert.x Web): the self-service account's pages and its JSON API under
 * {@code /api}, the admin API under {@code /admin} and {@code /metrics}. Sessions are HttpOnly SameSite
 * cookies; every state-changing request of a browser session needs the CSRF token (double-submit: the
 * {@code XSRF-TOKEN} cookie's value in the {@code X-XSRF-TOKEN} header). Bodies over the limit get 413,
 * unknown routes 404, and every failure a JSON message without a stack trace.
 */
public final class WebServer implements AutoCloseable {

    private static final long SESSION_TIMEOUT_MILLIS = 30 * 60_000L;

    private final Vertx vertx;
    private final HttpServer server;
    private final Router router;

    private WebServer(Vertx vertx, HttpServer server, Router router) {
        this.vertx = vertx;
        this.server = server;
        this.router = router;
    }

    /** Starts the server; a port in use is the {@link BindException} of the bind. */
    public static WebServer start(WebSettings settings, OperatorServices services) throws IOException {
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(2).setWorkerPoolSize(4)
                .setFileSystemOptions(new FileSystemOptions().setFileCachingEnabled(false)));
        WebRuntime web = new WebRuntime(vertx, services);
        Format.zone(services.catalog().calendar().zone());
        Router router = Router.router(vertx);
        OperatorMetrics metrics = new OperatorMetrics(services, router);
        router.route().handler(metrics.httpRequests());
        // Before the session handler: a scrape needs no session (and must not leave one behind every 15 s).
        router.get("/metrics").handler(metrics::scrape);
        router.route().handler(BodyHandler.create(false).setBodyLimit(settings.maxBodyBytes()));
        router.route("/static/*").handler(StaticHandler.create("web/static").setCachingEnabled(false));
        SessionHandler sessions = SessionHandler.create(LocalSessionStore.create(vertx)).setSessionTimeout(SESSION_TIMEOUT_MILLIS)
                .setCookieHttpOnlyFlag(true).setCookieSameSite(CookieSameSite.LAX).setSessionCookieName("telesim.session")
                .setLazySession(false);
        CSRFHandler csrf = CSRFHandler.create(vertx, randomSecret());
        // The admin API authenticates every request by its bearer token: no cookies, so no session and no CSRF.
        router.route().pathRegex("^(?!/admin/).*").handler(sessions).handler(csrf);
        router.get("/api/openapi.yaml").handler(ctx -> ctx.response().putHeader("Content-Type", "application/yaml; charset=utf-8")
                .sendFile("web/openapi.yaml"));
        for (RouteSet routes : routeSets(settings)) {
            routes.mount(router, web);
        }
        FailureHandler failures = new FailureHandler();
        router.route().failureHandler(failures);
        router.errorHandler(404, failures);
        router.errorHandler(405, failures);
        router.errorHandler(500, failures);
        HttpServer server = vertx.createHttpServer(new HttpServerOptions().setHost(settings.host()).setPort(settings.port())
                .setMaxFormAttributeSize(settings.maxBodyBytes())).requestHandler(router);
        try {
            server = server.listen().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            vertx.close();
            if (e.getCause() instanceof BindException bind) {
                throw bind;
            }
            throw new IOException("the web server did not start: " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException | TimeoutException e) {
            vertx.close();
            throw new IOException("the web server did not start in 30 s", e);
        }
        return new WebServer(vertx, server, router);
    }

    private static String randomSecret() {
        byte[] secret = new byte[32];
        new java.security.SecureRandom().nextBytes(secret);
        return java.util.Base64.getEncoder().encodeToString(secret);
    }

    /** The features, in the order their routes are tried. */
    private static List<RouteSet> routeSets(WebSettings settings) {
        return List.of(new LoginRoutes(), new AccountRoutes(), new MoneyRoutes(), new PlansRoutes(), new BonusRoutes(), new StatementRoutes(),
                new NumbersRoutes(), new PageRoutes(), new AdminRoutes(settings.adminToken()),
                // After the admin routes: their token check guards /admin/companies too.
                new BusinessRoutes());
    }

    /**
     * The API's routes as "METHOD /path/{param}" (pages and static files left out), for the test that keeps
     * the OpenAPI file complete.
     */
    public List<String> apiRoutes() {
        List<String> routes = new java.util.ArrayList<>();
        for (io.vertx.ext.web.Route route : router.getRoutes()) {
            String path = route.getPath();
            if (path == null || route.methods() == null || !(path.startsWith("/api/") || path.startsWith("/admin") || path.equals("/metrics"))) {
                continue;
            }
            String documented = path.replaceAll(":([A-Za-z]+)", "{$1}");
            route.methods().forEach(method -> routes.add(method.name() + " " + documented));
        }
        return routes;
    }

    public int port() {
        return server.actualPort();
    }

    @Override
    public void close() {
        try {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // Closing is best effort: the process is stopping.
        }
    }
}
