package io.telesim.simulator.web.business;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.telesim.simulator.business.AuditEntry;
import io.telesim.simulator.business.CompanyUser;
import io.telesim.simulator.business.Permission;
import io.telesim.simulator.business.Role;
import io.telesim.simulator.web.WebRuntime;
import io.telesim.simulator.web.http.ApiError;
import io.telesim.simulator.web.http.Json;
import io.telesim.simulator.web.http.QueryParams;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Users, roles and the audit log, all needing {@link Permission#USERS}. A user can only give what they have: a role
 * whose permissions are all theirs, and branches they see (a branch-limited user cannot make a user with full access);
 * and can only change or remove users they could have made that way. Nobody removes themselves.
 */
final class UserApi {

    /** A user to add or change: {@code branches} empty or absent for full access. */
    record UserBody(String number, String name, String roleId, List<String> branches) {
    }

    record RoleBody(String name, Set<Permission> permissions) {
    }

    record AuditPage(List<AuditEntry> entries, Long nextBefore) {
    }

    private static final int DEFAULT_AUDIT_PAGE = 50;
    private static final int MAX_AUDIT_PAGE = 500;

    private final BusinessContext business;
    private final BusinessGuard guard;

    UserApi(BusinessContext business, BusinessGuard guard) {
        this.business = business;
        this.guard = guard;
    }

    void mount(Router router) {
        String company = BusinessRoutes.COMPANY;
        router.get(company + "/users").handler(guard.handler())
                .handler(ctx -> managing(ctx, access -> business.book().users().users(access.companyId())));
        router.post(company + "/users").handler(guard.handler()).handler(this::addUser);
        router.put(company + "/users/:number").handler(guard.handler()).handler(this::changeUser);
        router.delete(company + "/users/:number").handler(guard.handler()).handler(this::removeUser);
        router.get(company + "/roles").handler(guard.handler())
                .handler(ctx -> managing(ctx, access -> business.book().users().roles(access.companyId())));
        router.post(company + "/roles").handler(guard.handler()).handler(this::addRole);
        router.delete(company + "/roles/:roleId").handler(guard.handler()).handler(this::deleteRole);
        router.get(company + "/audit").handler(guard.handler()).handler(this::audit);
    }

    private interface Work<T> {
        T run(BusinessAccess access);
    }

    private <T> void managing(RoutingContext ctx, Work<T> work) {
        BusinessAccess access = BusinessGuard.access(ctx);
        access.require(Permission.USERS);
        business.respond(ctx, () -> work.run(access));
    }

    private void addUser(RoutingContext ctx) {
        BusinessAccess access = BusinessGuard.access(ctx);
        access.require(Permission.USERS);
        UserBody body = Json.body(ctx, UserBody.class);
        long number = WebRuntime.parseNumber(body.number());
        List<String> branches = body.branches() == null ? List.of() : List.copyOf(body.branches());
        String name = CompanyApi.name(body.name());
        Role role = grantable(access, body.roleId(), branches);
        business.respond(ctx, () -> {
            if (business.book().users().user(number).isPresent()) {
                throw new ApiError(422, "already_a_user", number + " already is a user of a company");
            }
            CompanyUser user = new CompanyUser(number, access.companyId(), name, role.id(), branches, business.now());
            business.book().users().put(user);
            business.book().audit().append(access.companyId(), business.now(), access.actor(), "add-user", "user " + number, null, user);
            return user;
        });
    }

    private void changeUser(RoutingContext ctx) {
        BusinessAccess access = BusinessGuard.access(ctx);
        access.require(Permission.USERS);
        CompanyUser before = manageable(access, WebRuntime.parseNumber(ctx.pathParam("number")));
        UserBody body = Json.body(ctx, UserBody.class);
        List<String> branches = body.branches() == null ? List.of() : List.copyOf(body.branches());
        Role role = grantable(access, body.roleId(), branches);
        CompanyUser after = before.with(body.name() == null ? before.name() : CompanyApi.name(body.name()), role.id(), branches);
        business.respond(ctx, () -> {
            business.book().users().put(after);
            business.book().audit().append(access.companyId(), business.now(), access.actor(), "change-user", "user " + after.number(), before,
                    after);
            return after;
        });
    }

    private void removeUser(RoutingContext ctx) {
        BusinessAccess access = BusinessGuard.access(ctx);
        access.require(Permission.USERS);
        CompanyUser user = manageable(access, WebRuntime.parseNumber(ctx.pathParam("number")));
        if (user.number() == access.user().number()) {
            throw new ApiError(422, "cannot_remove_yourself", "you cannot remove yourself");
        }
        business.respond(ctx, () -> {
            business.book().users().remove(user);
            business.book().audit().append(access.companyId(), business.now(), access.actor(), "remove-user", "user " + user.number(), user, null);
            return Json.object().put("removed", user.number());
        });
    }

    private void addRole(RoutingContext ctx) {
        BusinessAccess access = BusinessGuard.access(ctx);
        access.require(Permission.USERS);
        RoleBody body = Json.body(ctx, RoleBody.class);
        String name = CompanyApi.name(body.name());
        Set<Permission> permissions = body.permissions() == null || body.permissions().isEmpty() ? Set.of() : EnumSet.copyOf(body.permissions());
        if (permissions.isEmpty()) {
            throw ApiError.badRequest("'permissions' lists at least one of " + List.of(Permission.values()));
        }
        if (!access.role().permissions().containsAll(permissions)) {
            throw ApiError.forbidden("a role can only have permissions you have yourself");
        }
        business.respond(ctx, () -> {
            Role role = business.book().users().addRole(access.companyId(), name, permissions);
            business.book().audit().append(access.companyId(), business.now(), access.actor(), "add-role", "role " + role.id(), null, role);
            return role;
        });
    }

    private void deleteRole(RoutingContext ctx) {
        BusinessAccess access = BusinessGuard.access(ctx);
        access.require(Permission.USERS);
        String roleId = ctx.pathParam("roleId");
        business.respond(ctx, () -> {
            Role role = business.book().users().role(access.companyId(), roleId).orElseThrow(() -> ApiError.notFound("no role '" + roleId + "'"));
            business.book().users().deleteRole(access.companyId(), roleId);
            business.book().audit().append(access.companyId(), business.now(), access.actor(), "delete-role", "role " + roleId, role, null);
            return Json.object().put("deleted", roleId);
        });
    }

    private void audit(RoutingContext ctx) {
        BusinessAccess access = BusinessGuard.access(ctx);
        access.require(Permission.USERS);
        long before = QueryParams.number(ctx, "before", 0, 0, Long.MAX_VALUE);
        int limit = (int) QueryParams.number(ctx, "limit", DEFAULT_AUDIT_PAGE, 1, MAX_AUDIT_PAGE);
        business.respond(ctx, () -> {
            List<AuditEntry> entries = business.book().audit().page(access.companyId(), before, limit);
            Long next = entries.size() == limit && entries.get(entries.size() - 1).seq() > 1 ? entries.get(entries.size() - 1).seq() : null;
            return new AuditPage(entries, next);
        });
    }

    /** The role {@code roleId} if the user may give it with {@code branches}; 404 for no such role, 403 when they may not. */
    private Role grantable(BusinessAccess access, String roleId, List<String> branches) {
        if (roleId == null || roleId.isBlank()) {
            throw ApiError.badRequest("'roleId' is needed: a role from GET .../roles");
        }
        Role role = business.book().users().role(access.companyId(), roleId).orElseThrow(() -> ApiError.notFound("no role '" + roleId + "'"));
        for (String branch : branches) {
            access.requireBranch(branch);
        }
        if (!access.mayGrant(role, branches)) {
            throw ApiError.forbidden("you can only give roles and branches you have yourself");
        }
        return role;
    }

    private CompanyUser manageable(BusinessAccess access, long number) {
        CompanyUser user = business.book().users().user(number).filter(found -> found.companyId().equals(access.companyId()))
                .orElseThrow(() -> ApiError.notFound(number + " is not a user of your company"));
        Role role = business.book().users().role(access.companyId(), user.roleId()).orElse(Role.predefined(Role.ADMINISTRATOR));
        if (!access.mayGrant(role, user.branches())) {
            throw ApiError.forbidden("you can only manage users whose role and branches you have yourself");
        }
        return user;
    }
}
