package io.telesim.simulator.web.statement;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.telesim.engine.statement.Page;
import io.telesim.simulator.web.WebRuntime;
import io.telesim.simulator.web.http.ApiError;
import io.telesim.simulator.web.page.PageFrame;
import io.telesim.simulator.web.page.PageRoutes;
import io.telesim.simulator.web.page.Pages;
import io.telesim.simulator.web.page.Texts;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The statement pages: {@code /account/{n}/statement} (a filter form, the totals, a page of lines with
 * next/previous links, the CSV and printable links, and "send by e-mail") and
 * {@code /account/{n}/statement/print} (every line of the period, up to {@link #PRINT_LIMIT}, and the totals).
 *
 * <p>The engine's cursors only go forward, so the links carry the way back: {@code back} lists the cursors
 * of the pages before this one (the newest {@link #MAX_TRAIL}; past them "previous" leads to the first page).
 */
public final class StatementPages {

    static final int PRINT_LIMIT = 5_000;
    static final int MAX_TRAIL = 50;

    private final Statements statements;

    StatementPages(Statements statements) {
        this.statements = statements;
    }

    /** The statement page's model; {@code view} is null when there is an {@code error} or no statements are kept. */
    public record StatementPage(PageFrame frame, String from, String to, String kind, StatementView view, String error,
                                boolean unavailable, String firstHref, String previousHref, String nextHref, String csvHref,
                                String printHref) {
    }

    /** The printable statement's model. */
    public record PrintPage(Texts t, long number, String from, String to, String kind, List<StatementLine> lines, boolean more,
                            StatementTotals totals, String backHref) {
    }

    void mount(Router router, WebRuntime web) {
        router.get("/account/:msisdn/statement/print").handler(PageRoutes.pageGuard(web)).handler(ctx -> print(ctx, web));
        router.get("/account/:msisdn/statement").handler(PageRoutes.pageGuard(web)).handler(ctx -> page(ctx, web));
    }

    private void page(RoutingContext ctx, WebRuntime web) {
        PageFrame frame = PageRoutes.frame(ctx, "statement");
        MultiMap params = ctx.queryParams();
        long msisdn = WebRuntime.msisdn(ctx);
        StatementQuery query;
        List<Long> trail;
        try {
            query = StatementQuery.of(params, StatementRoutes.today(web.services()), statements.zone());
            trail = trail(params.get("back"));
        } catch (ApiError error) {
            refused(ctx, web, frame, error);
            return;
        }
        String from = query.period().from().toString();
        String to = query.period().to().toString();
        String kind = query.kind() == null ? "all" : query.kind().apiName();
        if (!statements.available()) {
            web.pages().send(ctx, "statement.jte", new StatementPage(frame, from, to, kind, null, null, true, null, null, null, null, null));
            return;
        }
        web.blocking(() -> statements.page(msisdn, query)).onSuccess(view -> {
            String base = frame.base() + "/statement?from=" + from + "&to=" + to + "&kind=" + kind
                    + (query.pageSize() == StatementQuery.DEFAULT_PAGE_SIZE ? "" : "&pageSize=" + query.pageSize());
            String first = query.cursor() == Page.FIRST ? null : base;
            String previous = null;
            if (!trail.isEmpty()) {
                previous = base + cursorParams(trail.get(trail.size() - 1), trail.subList(0, trail.size() - 1));
            } else if (query.cursor() != Page.FIRST) {
                previous = base;
            }
            String next = null;
            if (view.nextCursor() != null) {
                List<Long> longer = new ArrayList<>(trail);
                longer.add(query.cursor());
                next = base + cursorParams(view.nextCursor(), longer.subList(Math.max(0, longer.size() - MAX_TRAIL), longer.size()));
            }
            String csv = "/api/numbers/" + msisdn + "/statement/csv?from=" + from + "&to=" + to;
            String print = frame.base() + "/statement/print?from=" + from + "&to=" + to + "&kind=" + kind;
            web.pages().send(ctx, "statement.jte", new StatementPage(frame, from, to, kind, view, null, false, first, previous, next,
                    csv, print));
        }).onFailure(failure -> {
            if (failure instanceof ApiError error && error.status() == 400) {
                refused(ctx, web, frame, error);
            } else {
                ctx.fail(failure);
            }
        });
    }

    /** The page again with the form as it was sent and what was wrong with it, as a 400. */
    private static void refused(RoutingContext ctx, WebRuntime web, PageFrame frame, ApiError error) {
        MultiMap params = ctx.queryParams();
        ctx.response().setStatusCode(400);
        web.pages().send(ctx, "statement.jte", new StatementPage(frame, text(params.get("from")), text(params.get("to")),
                text(params.get("kind")), null, frame.t().t("statement.error." + error.code()), false, null, null, null, null, null));
    }

    private void print(RoutingContext ctx, WebRuntime web) {
        Texts t = Pages.texts(ctx);
        long msisdn = WebRuntime.msisdn(ctx);
        StatementQuery query = StatementQuery.of(ctx.queryParams(), StatementRoutes.today(web.services()), statements.zone());
        String from = query.period().from().toString();
        String to = query.period().to().toString();
        String kind = query.kind() == null ? "all" : query.kind().apiName();
        web.blocking(() -> {
            Statements.PrintableLines lines = statements.lines(msisdn, query.period(), query.kind(), PRINT_LIMIT);
            return new PrintPage(t, msisdn, from, to, kind, lines.lines(), lines.more(), statements.totals(msisdn, query.period()),
                    "/account/" + msisdn + "/statement?from=" + from + "&to=" + to + "&kind=" + kind);
        }).onSuccess(page -> web.pages().send(ctx, "statement_print.jte", page)).onFailure(ctx::fail);
    }

    private static String cursorParams(long cursor, List<Long> back) {
        StringBuilder params = new StringBuilder("&cursor=").append(cursor);
        if (!back.isEmpty()) {
            StringBuilder list = new StringBuilder();
            for (Long earlier : back) {
                list.append(list.length() == 0 ? "" : ",").append(earlier);
            }
            params.append("&back=").append(URLEncoder.encode(list.toString(), StandardCharsets.UTF_8));
        }
        return params.toString();
    }

    /** The cursors of the earlier pages, oldest first; 400 when the list is not one. */
    private static List<Long> trail(String text) {
        List<Long> cursors = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return cursors;
        }
        for (String part : text.split(",")) {
            cursors.add(StatementQuery.cursor(part));
        }
        return cursors.subList(Math.max(0, cursors.size() - MAX_TRAIL), cursors.size());
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
