package io.telesim.simulator.web.login;

import io.telesim.billing.result.Outcome;
import io.telesim.simulator.web.RouteSet;
import io.telesim.simulator.web.WebRuntime;
import io.telesim.simulator.web.http.ApiError;
import io.telesim.simulator.web.http.Json;
import io.telesim.smpp.SmppRejection;
import io.vertx.core.Future;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * F1 and F2 over the API: a one-time code by SMS from 3339, login with it or with a password, logout,
 * the session's account, and setting a password. Every wrong code or password counts towards the lock.
 */
public final class LoginRoutes implements RouteSet {

    static final long CODE_LIFETIME_MILLIS = 5 * 60_000L;
    static final long TEMPORARY_PASSWORD_LIFETIME_MILLIS = 7 * 86_400_000L;

    private final OneTimeCodes codes = new OneTimeCodes(CODE_LIFETIME_MILLIS);
    private final LoginLocks locks = new LoginLocks();
    /** Per number: 5 codes an hour, 30 s apart. Per client: 30 an hour. */
    private final RequestLimits perNumber = new RequestLimits(5, 3_600_000L, 30_000L);
    private final RequestLimits perClient = new RequestLimits(30, 3_600_000L, 0);

    /** A login: the number and either its one-time code or its password. */
    public record LoginRequest(String number, String code, String password) {
    }

    public record CodeRequest(String number) {
    }

    public record PasswordRequest(String password) {
    }

    public record CodeSent(long number, String sender, long expiresInSeconds) {
    }

    public record SessionView(boolean loggedIn, long login, java.util.List<Long> numbers, boolean registeredNow, boolean hasPassword,
                              boolean temporaryPassword, long passwordExpiresAt) {
    }

    @Override
    public void mount(Router router, WebRuntime web) {
        router.post("/api/login/code").handler(ctx -> sendCode(ctx, web, false));
        router.post("/api/login/temporary-password").handler(ctx -> sendCode(ctx, web, true));
        router.post("/api/login").handler(ctx -> login(ctx, web));
        router.post("/api/logout").handler(ctx -> {
            ctx.session().destroy();
            ctx.response().setStatusCode(204).end();
        });
        // Answers 200 even without a login, so a script's first GET gets its session and CSRF cookies.
        router.get("/api/session").handler(ctx -> {
            WebAccount account = web.loggedIn(ctx);
            Json.send(ctx, account == null ? Json.object().put("loggedIn", false) : view(account, false));
        });
        router.put("/api/password").handler(web.requireLogin()).handler(ctx -> setPassword(ctx, web));
    }

    /** Sends a one-time code (or a temporary password) by SMS, within the request limits. */
    private void sendCode(RoutingContext ctx, WebRuntime web, boolean temporaryPassword) {
        long msisdn = WebRuntime.parseNumber(Json.body(ctx, CodeRequest.class).number());
        long now = web.services().wallClock().getAsLong();
        String client = ctx.request().remoteAddress() == null ? "unknown" : ctx.request().remoteAddress().hostAddress();
        long wait = Math.max(perNumber.tryAcquire("n" + msisdn, now), perClient.tryAcquire("c" + client, now));
        if (wait > 0) {
            ctx.response().putHeader("Retry-After", Long.toString((wait + 999) / 1000));
            throw ApiError.tooManyRequests("too many code requests: try again in " + (wait + 999) / 1000 + " s");
        }
        web.services().calls().read(msisdn).compose(subscriber -> {
            if (subscriber.outcome() == Outcome.TERMINATED) {
                return Future.failedFuture(ApiError.conflict("terminated", msisdn + " is terminated"));
            }
            if (temporaryPassword) {
                String password = TemporaryPasswords.generate();
                WebAccount account = web.accounts().registerIfNew(msisdn, now);
                String salt = PasswordHasher.newSalt();
                web.accounts().save(account.withPassword(PasswordHasher.hash(password, salt), salt, now + TEMPORARY_PASSWORD_LIFETIME_MILLIS));
                return sms(web, msisdn, "Telesim temporary password: " + password + ". It works for 7 days.")
                        .map(v -> new CodeSent(msisdn, "3339", TEMPORARY_PASSWORD_LIFETIME_MILLIS / 1000));
            }
            String code = codes.issue(msisdn, now);
            locks.unlock(msisdn);
            return web.blocking(() -> web.services().senders().sendOtp(msisdn, code))
                    .map(sent -> new CodeSent(msisdn, "3339", CODE_LIFETIME_MILLIS / 1000));
        }).recover(LoginRoutes::smsRefusal).onSuccess(sent -> Json.send(ctx, 202, sent)).onFailure(ctx::fail);
    }

    private static Future<Void> sms(WebRuntime web, long msisdn, String text) {
        return web.blocking(() -> web.services().senders().sendFrom("3339", msisdn, text)).mapEmpty();
    }

    private static <T> Future<T> smsRefusal(Throwable failure) {
        if (failure instanceof SmppRejection rejection) {
            return Future.failedFuture(new ApiError(503, "sms_refused", "the SMS could not be sent: " + rejection.getMessage()));
        }
        return Future.failedFuture(failure);
    }

    private void login(RoutingContext ctx, WebRuntime web) {
        LoginRequest request = Json.body(ctx, LoginRequest.class);
        long msisdn = WebRuntime.parseNumber(request.number());
        long now = web.services().wallClock().getAsLong();
        if ((request.code() == null) == (request.password() == null)) {
            throw ApiError.badRequest("send either 'code' (from the SMS) or 'password'");
        }
        if (locks.locked(msisdn)) {
            throw new ApiError(423, "locked", "too many wrong attempts: request a new code by SMS to unlock the login");
        }
        boolean registeredNow = web.accounts().ofNumber(msisdn).isEmpty();
        if (request.code() != null) {
            OneTimeCodes.Check check = codes.check(msisdn, request.code().trim(), now);
            if (check != OneTimeCodes.Check.ACCEPTED) {
                throw wrong(msisdn, check == OneTimeCodes.Check.EXPIRED ? "the code has expired: request a new one"
                        : check == OneTimeCodes.Check.NONE ? "no code was requested for this number, or it was used" : "wrong code");
            }
        } else {
            WebAccount account = web.accounts().ofNumber(msisdn).orElse(null);
            if (account == null || account.passwordHash() == null) {
                throw wrong(msisdn, "no password is set for this number: log in with a code by SMS");
            }
            if (!PasswordHasher.matches(request.password(), account.passwordSalt(), account.passwordHash())) {
                throw wrong(msisdn, "wrong password");
            }
            if (account.passwordExpiresAt() != 0 && account.passwordExpiresAt() <= now) {
                throw new ApiError(401, "password_expired", "the temporary password has expired: request a new code by SMS");
            }
        }
        locks.unlock(msisdn);
        WebAccount account = web.accounts().registerIfNew(msisdn, now);
        rebindCsrfToken(ctx);
        ctx.session().put(WebRuntime.SESSION_LOGIN, Long.toString(account.primary()));
        Json.send(ctx, view(account, registeredNow));
    }

    /**
     * A new session id against session fixation. Vert.x's CSRF handler keeps its token in the session as
     * "SESSION-ID/TOKEN" (and has just sent the client a fresh token, which it leaves in the context under
     * the header's name), so that token is bound again to the new id: the client's next state-changing
     * request works without fetching a page first.
     */
    private static void rebindCsrfToken(RoutingContext ctx) {
        ctx.session().regenerateId();
        String key = io.vertx.ext.web.handler.CSRFHandler.DEFAULT_HEADER_NAME;
        String token = ctx.get(key);
        if (token != null) {
            ctx.session().put(key, ctx.session().id() + "/" + token);
        }
    }

    private ApiError wrong(long msisdn, String message) {
        int left = locks.fail(msisdn);
        return left == 0 ? new ApiError(423, "locked", message + "; the login is now locked: request a new code by SMS")
                : new ApiError(401, "wrong_credentials", message + " (" + left + " attempts left)");
    }

    private void setPassword(RoutingContext ctx, WebRuntime web) {
        String password = Json.body(ctx, PasswordRequest.class).password();
        String problem = PasswordRules.problem(password);
        if (problem != null) {
            throw new ApiError(422, "weak_password", problem);
        }
        WebAccount account = WebRuntime.account(ctx);
        String salt = PasswordHasher.newSalt();
        WebAccount changed = account.withPassword(PasswordHasher.hash(password, salt), salt, 0);
        web.accounts().save(changed);
        Json.send(ctx, view(changed, false));
    }

    private static SessionView view(WebAccount account, boolean registeredNow) {
        return new SessionView(true, account.primary(), account.numbers(), registeredNow, account.passwordHash() != null,
                account.passwordExpiresAt() != 0, account.passwordExpiresAt());
    }
}
