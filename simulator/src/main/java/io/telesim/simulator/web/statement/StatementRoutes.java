package io.telesim.simulator.web.statement;

import java.time.LocalDate;

import io.telesim.simulator.web.OperatorServices;
import io.telesim.simulator.web.RouteSet;
import io.telesim.simulator.web.WebRuntime;
import io.telesim.simulator.web.http.ApiError;
import io.telesim.simulator.web.http.Json;
import io.telesim.simulator.web.login.RequestLimits;
import io.telesim.simulator.web.mail.EmailAddress;
import io.telesim.simulator.web.mail.Outbox;
import io.telesim.simulator.web.page.Pages;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * F7, the detailed statement of one of the session's numbers: a page of lines with the period's totals,
 * the whole period as CSV, and the CSV by e-mail (into the local outbox); and the pages
 * ({@link StatementPages}). Statements are read off the event loop.
 *
 * <ul>
 *   <li>{@code GET /api/numbers/{msisdn}/statement?from&to&kind&pageSize&cursor}</li>
 *   <li>{@code GET /api/numbers/{msisdn}/statement/csv?from&to}: a download</li>
 *   <li>{@code POST /api/numbers/{msisdn}/statement/email} {@code {"email", "from", "to"}}: 202</li>
 * </ul>
 */
public final class StatementRoutes implements RouteSet {

    /** Per number: 10 letters an hour, so the outbox cannot be flooded. */
    private final RequestLimits emailLimits = new RequestLimits(10, 3_600_000L, 0);

    /** An order of the statement by e-mail; dates as in the query ({@code 2026-05-01}). */
    public record EmailRequest(String email, String from, String to) {
    }

    /** The letter put into the outbox. */
    public record EmailQueued(String id, String to, String subject, String attachmentName, long lines) {
    }

    @Override
    public void mount(Router router, WebRuntime web) {
        Statements statements = new Statements(web.services());
        StatementEmail email = new StatementEmail(new Outbox(web.services().store(), web.services().wallClock()));
        router.get("/api/numbers/:msisdn/statement").handler(web.requireOwnNumber()).handler(ctx -> {
            StatementQuery query = StatementQuery.of(ctx.queryParams(), today(web.services()), statements.zone());
            WebRuntime.respond(ctx, web.blocking(() -> statements.page(WebRuntime.msisdn(ctx), query)));
        });
        router.get("/api/numbers/:msisdn/statement/csv").handler(web.requireOwnNumber()).handler(ctx -> csv(ctx, web, statements));
        router.post("/api/numbers/:msisdn/statement/email").handler(web.requireOwnNumber())
                .handler(ctx -> email(ctx, web, statements, email));
        new StatementPages(statements).mount(router, web);
    }

    /** Today in the operator's zone, by the operator's clock (which may be simulated). */
    static LocalDate today(OperatorServices services) {
        return services.catalog().calendar().date(services.clock().now());
    }

    private static void csv(RoutingContext ctx, WebRuntime web, Statements statements) {
        long msisdn = WebRuntime.msisdn(ctx);
        StatementPeriod period = StatementPeriod.parse(ctx.queryParams().get("from"), ctx.queryParams().get("to"),
                today(web.services()), statements.zone());
        web.blocking(() -> statements.csv(msisdn, period)).onSuccess(csv -> ctx.response()
                .putHeader("Content-Type", "text/csv; charset=utf-8")
                .putHeader("Content-Disposition", "attachment; filename=" + period.fileName(msisdn))
                .putHeader("Cache-Control", "no-store")
                .end(csv)).onFailure(ctx::fail);
    }

    private void email(RoutingContext ctx, WebRuntime web, Statements statements, StatementEmail email) {
        long msisdn = WebRuntime.msisdn(ctx);
        EmailRequest request = Json.body(ctx, EmailRequest.class);
        String to = EmailAddress.normalise(request.email());
        String problem = EmailAddress.problem(to);
        if (problem != null) {
            throw new ApiError(400, "bad_email", problem);
        }
        StatementPeriod period = StatementPeriod.parse(request.from(), request.to(), today(web.services()), statements.zone());
        long wait = emailLimits.tryAcquire(Long.toString(msisdn), web.services().wallClock().getAsLong());
        if (wait > 0) {
            ctx.response().putHeader("Retry-After", Long.toString((wait + 999) / 1000));
            throw ApiError.tooManyRequests("too many statements ordered by e-mail: try again in " + (wait + 999) / 1000 + " s");
        }
        var texts = Pages.texts(ctx);
        web.blocking(() -> {
            String csv = statements.csv(msisdn, period);
            if (csv.length() > StatementEmail.MAX_ATTACHMENT_CHARS) {
                throw new ApiError(422, "statement_too_large", "the statement is too large to send by e-mail: "
                        + "choose a shorter period, or download it");
            }
            long lines = StatementEmail.recordLines(csv);
            var sent = email.send(to, msisdn, period, csv, lines, statements.totals(msisdn, period), texts);
            return new EmailQueued(sent.id(), sent.to(), sent.subject(), sent.attachmentName(), lines);
        }).onSuccess(queued -> Json.send(ctx, 202, queued)).onFailure(ctx::fail);
    }
}
