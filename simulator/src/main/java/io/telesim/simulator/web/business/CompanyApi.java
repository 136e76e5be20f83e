package io.telesim.simulator.web.business;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.telesim.simulator.business.BillingAccount;
import io.telesim.simulator.business.Branch;
import io.telesim.simulator.business.Company;
import io.telesim.simulator.business.CompanyNumber;
import io.telesim.simulator.business.Permission;
import io.telesim.simulator.web.WebRuntime;
import io.telesim.simulator.web.http.ApiError;
import io.telesim.simulator.web.http.Json;
import io.telesim.simulator.web.mail.EmailAddress;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The company as its users see it: who am I ({@code GET /api/business/me}), the company and its billing accounts, the
 * hierarchy (list, add, rename, delete branches), the numbers and one number's state, and a billing account's invoice
 * address.
 */
final class CompanyApi {

    /** The logged-in user: their company, role, permissions and branches (empty: full access). */
    record Me(long number, String name, String companyId, String companyName, String roleId, String roleName, List<Permission> permissions,
              List<String> branches) {
    }

    record CompanyView(Company company, List<BillingAccount> accounts) {
    }

    record NewBranch(String parentId, String name) {
    }

    record BranchName(String name) {
    }

    record InvoiceAddress(String invoiceEmail) {
    }

    private final BusinessContext business;
    private final BusinessGuard guard;

    CompanyApi(BusinessContext business, BusinessGuard guard) {
        this.business = business;
        this.guard = guard;
    }

    void mount(Router router) {
        String company = BusinessRoutes.COMPANY;
        router.get("/api/business/me").handler(guard.handler()).handler(ctx -> business.respond(ctx, () -> me(BusinessGuard.access(ctx))));
        router.get(company).handler(guard.handler()).handler(ctx -> viewing(ctx, access -> new CompanyView(
                business.book().companies().require(access.companyId()), business.book().companies().accounts(access.companyId()))));
        router.get(company + "/branches").handler(guard.handler()).handler(ctx -> viewing(ctx, this::branches));
        router.post(company + "/branches").handler(guard.handler()).handler(this::addBranch);
        router.put(company + "/branches/:branchId").handler(guard.handler()).handler(this::renameBranch);
        router.delete(company + "/branches/:branchId").handler(guard.handler()).handler(this::deleteBranch);
        router.get(company + "/numbers").handler(guard.handler())
                .handler(ctx -> viewing(ctx, access -> numbers(access, ctx.queryParams().get("branchId"))));
        router.get(company + "/numbers/:msisdn").handler(guard.handler()).handler(this::number);
        router.put(company + "/accounts/:accountId").handler(guard.handler()).handler(this::setInvoiceAddress);
    }

    private interface View<T> {
        T of(BusinessAccess access);
    }

    private <T> void viewing(RoutingContext ctx, View<T> view) {
        BusinessAccess access = BusinessGuard.access(ctx);
        access.require(Permission.VIEW);
        business.respond(ctx, () -> view.of(access));
    }

    private Me me(BusinessAccess access) {
        Company company = business.book().companies().require(access.companyId());
        return new Me(access.user().number(), access.user().name(), company.id(), company.name(), access.role().id(), access.role().name(),
                access.role().permissions().stream().sorted().toList(), access.user().branches());
    }

    /** The branches the user sees, each with how many of the company's numbers it holds itself. */
    List<BranchView> branches(BusinessAccess access) {
        Map<String, Long> held = business.book().hierarchy().numbers(access.companyId()).stream()
                .collect(Collectors.groupingBy(CompanyNumber::branchId, Collectors.counting()));
        return access.branches().stream().map(branch -> new BranchView(branch.id(), branch.parentId(), branch.name(),
                access.tree().path(branch.id()), held.getOrDefault(branch.id(), 0L))).toList();
    }

    /** The numbers the user sees, of one branch's subtree when {@code branchId} is given. */
    List<NumberRow> numbers(BusinessAccess access, String branchId) {
        Set<String> within = branchId == null ? null : access.tree().subtrees(List.of(access.requireBranch(branchId).id()));
        return business.book().hierarchy().numbers(access.companyId()).stream()
                .filter(number -> access.sees(number) && (within == null || within.contains(number.branchId())))
                .map(number -> new NumberRow(number.number(), number.branchId(), access.tree().path(number.branchId()), number.accountId()))
                .toList();
    }

    private void number(RoutingContext ctx) {
        BusinessAccess access = BusinessGuard.access(ctx);
        access.require(Permission.VIEW);
        CompanyNumber number = visibleNumber(access, WebRuntime.parseNumber(ctx.pathParam("msisdn")));
        WebRuntime.respond(ctx, business.services().calls().account(number.number())
                .map(account -> NumberState.of(number, account, business.services().catalog(), business.now())));
    }

    /** The company number, 404 when the company has none such or the user does not see it. */
    CompanyNumber visibleNumber(BusinessAccess access, long msisdn) {
        return business.book().hierarchy().number(access.companyId(), msisdn).filter(access::sees)
                .orElseThrow(() -> ApiError.notFound(msisdn + " is not a number of your company that you manage"));
    }

    private void addBranch(RoutingContext ctx) {
        BusinessAccess access = BusinessGuard.access(ctx);
        access.require(Permission.MOVE_NUMBERS);
        NewBranch body = Json.body(ctx, NewBranch.class);
        String name = name(body.name());
        String parent = access.requireBranch(body.parentId()).id();
        business.respond(ctx, () -> {
            Branch branch = business.book().hierarchy().addBranch(access.companyId(), parent, name);
            business.book().audit().append(access.companyId(), business.now(), access.actor(), "add-branch", "branch " + branch.id(), null, branch);
            return branch;
        });
    }

    private void renameBranch(RoutingContext ctx) {
        BusinessAccess access = BusinessGuard.access(ctx);
        access.require(Permission.MOVE_NUMBERS);
        Branch before = access.requireBranch(ctx.pathParam("branchId"));
        String name = name(Json.body(ctx, BranchName.class).name());
        business.respond(ctx, () -> {
            Branch after = before.withName(name);
            business.book().hierarchy().renameBranch(after);
            business.book().audit().append(access.companyId(), business.now(), access.actor(), "rename-branch", "branch " + after.id(), before,
                    after);
            return after;
        });
    }

    private void deleteBranch(RoutingContext ctx) {
        BusinessAccess access = BusinessGuard.access(ctx);
        access.require(Permission.MOVE_NUMBERS);
        Branch branch = access.requireBranch(ctx.pathParam("branchId"));
        business.respond(ctx, () -> {
            if (business.book().users().users(access.companyId()).stream().anyMatch(user -> user.branches().contains(branch.id()))) {
                throw new ApiError(422, "branch_has_users", "users are limited to branch '" + branch.id() + "': change them first");
            }
            business.book().hierarchy().deleteBranch(access.companyId(), branch.id());
            business.book().audit().append(access.companyId(), business.now(), access.actor(), "delete-branch", "branch " + branch.id(), branch,
                    null);
            return Json.object().put("deleted", branch.id());
        });
    }

    private void setInvoiceAddress(RoutingContext ctx) {
        BusinessAccess access = BusinessGuard.access(ctx);
        access.require(Permission.FINANCE);
        String email = Json.body(ctx, InvoiceAddress.class).invoiceEmail();
        String problem = EmailAddress.problem(email);
        if (problem != null) {
            throw ApiError.badRequest(problem);
        }
        String accountId = ctx.pathParam("accountId");
        business.respond(ctx, () -> {
            BillingAccount before = business.book().companies().requireAccount(access.companyId(), accountId);
            BillingAccount after = before.withInvoiceEmail(EmailAddress.normalise(email));
            business.book().companies().putAccount(after);
            business.book().audit().append(access.companyId(), business.now(), access.actor(), "set-invoice-address", "account " + accountId,
                    before, after);
            return after;
        });
    }

    static String name(String name) {
        if (name == null || name.isBlank() || name.trim().length() > 100) {
            throw ApiError.badRequest("'name' is needed: 1 to 100 characters");
        }
        return name.trim();
    }
}
