package io.telesim.simulator.web.business;

import java.util.Optional;

import io.telesim.simulator.business.BusinessBook;
import io.telesim.simulator.business.CompanyUser;
import io.telesim.simulator.business.Role;
import io.telesim.simulator.web.WebRuntime;
import io.telesim.simulator.web.http.ApiError;
import io.telesim.simulator.web.login.WebAccount;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;

/**
 * Lets a request under {@code /api/business} on only from a logged-in company user (401 without a login, 403 for a
 * number that is no company user), and with a {@code :companyId} in the path only for the user's own company (404
 * otherwise). The user is the logged-in account's primary number, or else the first of its numbers that is a company user.
 */
final class BusinessGuard {

    private static final String ACCESS = "telesim.business";

    private final WebRuntime web;
    private final BusinessBook book;

    BusinessGuard(WebRuntime web, BusinessBook book) {
        this.web = web;
        this.book = book;
    }

    Handler<RoutingContext> handler() {
        return ctx -> {
            WebAccount account = web.loggedIn(ctx);
            if (account == null) {
                ctx.fail(ApiError.unauthorized("log in first: POST /api/login"));
                return;
            }
            BusinessAccess access = resolve(account).orElse(null);
            if (access == null) {
                ctx.fail(ApiError.forbidden(account.primary() + " is not a user of any company"));
                return;
            }
            String companyId = ctx.pathParam("companyId");
            if (companyId != null && !companyId.equals(access.companyId())) {
                ctx.fail(ApiError.notFound("no company '" + companyId + "'"));
                return;
            }
            ctx.put(ACCESS, access);
            ctx.next();
        };
    }

    /** The company user of {@code account}, if it has one. */
    Optional<BusinessAccess> resolve(WebAccount account) {
        Optional<CompanyUser> user = book.users().user(account.primary());
        for (int i = 0; user.isEmpty() && i < account.numbers().size(); i++) {
            user = book.users().user(account.numbers().get(i));
        }
        return user.map(found -> {
            Role role = book.users().role(found.companyId(), found.roleId()).orElse(Role.predefined(Role.READ_ONLY));
            return new BusinessAccess(found, role, book.hierarchy().tree(found.companyId()));
        });
    }

    static BusinessAccess access(RoutingContext ctx) {
        return ctx.get(ACCESS);
    }
}
