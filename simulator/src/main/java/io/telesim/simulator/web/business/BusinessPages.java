package io.telesim.simulator.web.business;

import java.util.List;

import io.telesim.engine.statement.StatementStore;
import io.telesim.simulator.business.CompanyNumber;
import io.telesim.simulator.business.Permission;
import io.telesim.simulator.web.page.PageFrame;
import io.telesim.simulator.web.page.PageRoutes;
import io.telesim.simulator.web.page.Pages;
import io.telesim.simulator.web.page.Texts;
import io.telesim.simulator.web.statement.StatementPeriod;
import io.vertx.core.Handler;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The company users' pages: {@code /business} (to the user's company), {@code /business/{companyId}} (the hierarchy, the
 * numbers and a bulk operation form), and under it {@code /requests}, {@code /reports} (REPORTS), {@code /users} and
 * {@code /audit} (USERS). Without a login they send the browser to the
 * login page; the same permission and branch rules as the API apply.
 */
final class BusinessPages {

    private static final List<String> OPERATIONS = List.of("block", "unblock", "connect-service", "disconnect-service", "set-forwarding",
            "clear-forwarding", "promised-payment", "send-sms", "change-tariff", "set-spending-limit", "replace-sim", "move-to-branch",
            "move-to-account");
    private static final int AUDIT_SHOWN = 200;
    private static final int REQUESTS_SHOWN = 500;

    private final BusinessContext business;
    private final BusinessGuard guard;
    private final CompanyApi companies;

    BusinessPages(BusinessContext business, BusinessGuard guard) {
        this.business = business;
        this.guard = guard;
        this.companies = new CompanyApi(business, guard);
    }

    void mount(Router router) {
        router.get("/business").handler(pageGuard()).handler(ctx -> PageRoutes.redirect(ctx, "/business/" + BusinessGuard.access(ctx).companyId()));
        router.get("/business/:companyId").handler(pageGuard()).handler(this::overview);
        router.get("/business/:companyId/audit").handler(pageGuard()).handler(this::audit);
        router.get("/business/:companyId/requests").handler(pageGuard()).handler(this::requests);
        router.get("/business/:companyId/reports").handler(pageGuard()).handler(this::reports);
        router.get("/business/:companyId/users").handler(pageGuard()).handler(this::users);
    }

    private Handler<RoutingContext> pageGuard() {
        Handler<RoutingContext> guarded = guard.handler();
        return ctx -> {
            if (business.web().loggedIn(ctx) == null) {
                PageRoutes.redirect(ctx, "/login");
            } else {
                guarded.handle(ctx);
            }
        };
    }

    private PageFrame frame(RoutingContext ctx, String titleKey) {
        Texts t = Pages.texts(ctx);
        return new PageFrame(t, t.t(titleKey), "business", business.web().loggedIn(ctx), 0);
    }

    private void overview(RoutingContext ctx) {
        BusinessAccess access = BusinessGuard.access(ctx);
        access.require(Permission.VIEW);
        PageFrame frame = frame(ctx, "business.title");
        business.blocking(() -> new OverviewPage(frame, BusinessNav.of(access.companyId(), access.role(), "company"),
                        business.book().companies().require(access.companyId()), access.role(),
                        companies.branches(access), companies.numbers(access, null), business.book().companies().accounts(access.companyId()), OPERATIONS))
                .onSuccess(page -> business.web().pages().send(ctx, "business.jte", page)).onFailure(ctx::fail);
    }

    private void requests(RoutingContext ctx) {
        BusinessAccess access = BusinessGuard.access(ctx);
        access.require(Permission.VIEW);
        PageFrame frame = frame(ctx, "business.nav.requests");
        boolean maySubmit = access.allows(Permission.MOVE_NUMBERS) || access.allows(Permission.FINANCE);
        business.blocking(() -> new RequestsPage(frame, BusinessNav.of(access.companyId(), access.role(), "requests"),
                        business.book().companies().require(access.companyId()), business.book().requests().list(access.companyId(), REQUESTS_SHOWN),
                        companies.branches(access), maySubmit))
                .onSuccess(page -> business.web().pages().send(ctx, "business_requests.jte", page)).onFailure(ctx::fail);
    }

    private void reports(RoutingContext ctx) {
        BusinessAccess access = BusinessGuard.access(ctx);
        access.require(Permission.REPORTS);
        PageFrame frame = frame(ctx, "business.nav.reports");
        StatementPeriod period = ReportApi.period(ctx, business);
        StatementStore store = business.services().engine().statements();
        List<CompanyNumber> numbers = business.book().hierarchy().numbers(access.companyId()).stream().filter(access::sees).toList();
        business.blocking(() -> new ReportPage(frame, BusinessNav.of(access.companyId(), access.role(), "reports"),
                        business.book().companies().require(access.companyId()), period.from().toString(), period.to().toString(),
                        store == null ? null : UsageReport.of(store, numbers, access.tree(), period.fromMillis(), period.toMillis(),
                                period.from().toString(), period.to().toString())))
                .onSuccess(page -> business.web().pages().send(ctx, "business_reports.jte", page)).onFailure(ctx::fail);
    }

    private void users(RoutingContext ctx) {
        BusinessAccess access = BusinessGuard.access(ctx);
        access.require(Permission.USERS);
        PageFrame frame = frame(ctx, "business.nav.users");
        business.blocking(() -> new UsersPage(frame, BusinessNav.of(access.companyId(), access.role(), "users"),
                        business.book().companies().require(access.companyId()), business.book().users().users(access.companyId()),
                        business.book().users().roles(access.companyId()), companies.branches(access),
                        access.role().permissions().stream().sorted().toList()))
                .onSuccess(page -> business.web().pages().send(ctx, "business_users.jte", page)).onFailure(ctx::fail);
    }

    private void audit(RoutingContext ctx) {
        BusinessAccess access = BusinessGuard.access(ctx);
        access.require(Permission.USERS);
        PageFrame frame = frame(ctx, "business.audit.title");
        business.blocking(() -> new AuditPage(frame, BusinessNav.of(access.companyId(), access.role(), "audit"),
                        business.book().companies().require(access.companyId()),
                        business.book().audit().page(access.companyId(), 0, AUDIT_SHOWN)))
                .onSuccess(page -> business.web().pages().send(ctx, "business_audit.jte", page)).onFailure(ctx::fail);
    }
}
