package io.telesim.simulator.web.business;

import java.util.List;

import io.telesim.simulator.business.Permission;
import io.telesim.simulator.web.http.ApiError;
import io.telesim.simulator.web.page.PageFrame;
import io.telesim.simulator.web.page.PageRoutes;
import io.telesim.simulator.web.page.Pages;
import io.telesim.simulator.web.page.Texts;
import io.vertx.core.Handler;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The company users' pages: {@code /business} (to the user's company), {@code /business/{companyId}} (the hierarchy, the
 * numbers and a bulk operation form) and {@code /business/{companyId}/audit}. Without a login they send the browser to the
 * login page; the same permission and branch rules as the API apply.
 */
final class BusinessPages {

    private static final List<String> OPERATIONS = List.of("block", "unblock", "connect-service", "disconnect-service", "set-forwarding",
            "clear-forwarding", "promised-payment", "send-sms", "change-tariff", "set-spending-limit", "replace-sim", "move-to-branch",
            "move-to-account");
    private static final int AUDIT_SHOWN = 200;

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
        business.blocking(() -> new OverviewPage(frame, business.book().companies().require(access.companyId()), access.role(),
                        branchViews(access), companies.numbers(access, null), business.book().companies().accounts(access.companyId()), OPERATIONS))
                .onSuccess(page -> business.web().pages().send(ctx, "business.jte", page)).onFailure(ctx::fail);
    }

    private List<BranchView> branchViews(BusinessAccess access) {
        List<io.telesim.simulator.business.CompanyNumber> numbers = business.book().hierarchy().numbers(access.companyId());
        return access.branches().stream().map(branch -> new BranchView(branch.id(), branch.parentId(), branch.name(),
                access.tree().path(branch.id()), numbers.stream().filter(number -> number.branchId().equals(branch.id())).count())).toList();
    }

    private void audit(RoutingContext ctx) {
        BusinessAccess access = BusinessGuard.access(ctx);
        if (!access.allows(Permission.USERS)) {
            ctx.fail(ApiError.forbidden("the audit log needs the USERS permission"));
            return;
        }
        PageFrame frame = frame(ctx, "business.audit.title");
        business.blocking(() -> new AuditPage(frame, business.book().companies().require(access.companyId()),
                        business.book().audit().page(access.companyId(), 0, AUDIT_SHOWN)))
                .onSuccess(page -> business.web().pages().send(ctx, "business_audit.jte", page)).onFailure(ctx::fail);
    }
}
