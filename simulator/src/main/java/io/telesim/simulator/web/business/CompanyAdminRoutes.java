package io.telesim.simulator.web.business;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import io.telesim.billing.number.InvalidNumberException;
import io.telesim.billing.number.Msisdn;
import io.telesim.simulator.business.AuditLog;
import io.telesim.simulator.business.BillingAccount;
import io.telesim.simulator.business.Company;
import io.telesim.simulator.business.CompanyNumber;
import io.telesim.simulator.business.OperationResult;
import io.telesim.simulator.business.RequestState;
import io.telesim.simulator.business.Role;
import io.telesim.simulator.business.Settlement;
import io.telesim.simulator.web.WebRuntime;
import io.telesim.simulator.web.http.ApiError;
import io.telesim.simulator.web.http.Json;
import io.vertx.core.Future;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The operator's side of corporate accounts under {@code /admin/companies} (behind the admin token): create a company
 * with its first billing account and administrator, list and show companies, add billing accounts, add existing
 * subscribers' numbers, move
 * requests through their workflow, and send a month's invoices to the billing accounts' invoice addresses (the e-mail
 * outbox). Every change is in the company's audit log with the actor {@code operator}.
 */
final class CompanyAdminRoutes {

    record NewCompany(String name, String taxId, String adminNumber, String settlement, Long creditLimit) {
    }

    record CompanyDetails(Company company, List<BillingAccount> accounts, long adminNumber, int numbers, int users) {
    }

    record NumbersToAdd(List<String> numbers, String branchId, String accountId) {
    }

    /** A new billing account: its name and credit limit in kopecks (0 when absent). */
    record NewAccount(String name, Long creditLimit) {
    }

    record RequestMove(String state, String reason) {
    }

    record InvoiceRun(String month) {
    }



    private final BusinessContext business;
    private final RequestWorkflow workflow;
    private final Invoicing invoicing;

    CompanyAdminRoutes(BusinessContext business, RequestWorkflow workflow, Invoicing invoicing) {
        this.business = business;
        this.workflow = workflow;
        this.invoicing = invoicing;
    }

    void mount(Router router) {
        router.post("/admin/companies").handler(this::create);
        router.get("/admin/companies").handler(ctx -> business.respond(ctx, () -> business.book().companies().list(10_000)));
        router.get("/admin/companies/:companyId").handler(ctx -> business.respond(ctx, () -> details(company(ctx))));
        router.post("/admin/companies/:companyId/numbers").handler(this::addNumbers);
        router.post("/admin/companies/:companyId/accounts").handler(this::addAccount);
        router.get("/admin/companies/:companyId/requests").handler(ctx -> business.respond(ctx,
                () -> business.book().requests().list(company(ctx).id(), 10_000)));
        router.post("/admin/companies/:companyId/requests/:requestId").handler(this::moveRequest);
        router.post("/admin/companies/:companyId/invoices").handler(this::sendInvoices);
    }

    private Company company(RoutingContext ctx) {
        return business.book().companies().get(ctx.pathParam("companyId"))
                .orElseThrow(() -> ApiError.notFound("no company '" + ctx.pathParam("companyId") + "'"));
    }

    private CompanyDetails details(Company company) {
        long admin = business.book().users().users(company.id()).stream().filter(user -> user.roleId().equals(Role.ADMINISTRATOR))
                .mapToLong(user -> user.number()).findFirst().orElse(0);
        return new CompanyDetails(company, business.book().companies().accounts(company.id()), admin,
                business.book().hierarchy().numbers(company.id()).size(), business.book().users().users(company.id()).size());
    }

    private void create(RoutingContext ctx) {
        NewCompany body = Json.body(ctx, NewCompany.class);
        String name = CompanyApi.name(body.name());
        String taxId = RequestApi.taxId(body.taxId());
        long admin = WebRuntime.parseNumber(body.adminNumber());
        Settlement settlement = body.settlement() == null ? Settlement.PREPAID : RequestApi.settlement(body.settlement());
        long creditLimit = body.creditLimit() == null ? 0 : body.creditLimit();
        if (creditLimit < 0) {
            throw ApiError.badRequest("'creditLimit' is kopecks, 0 or more");
        }
        business.blocking(() -> {
            Company company = business.book().companies().create(name, taxId, settlement, creditLimit, admin, business.now());
            business.book().audit().append(company.id(), business.now(), AuditLog.OPERATOR, "create-company", "company " + company.id(), null,
                    details(company));
            return details(company);
        }).onSuccess(created -> Json.send(ctx, 201, created)).onFailure(ctx::fail);
    }

    private void addAccount(RoutingContext ctx) {
        Company company = company(ctx);
        NewAccount body = Json.body(ctx, NewAccount.class);
        String name = CompanyApi.name(body.name());
        long creditLimit = body.creditLimit() == null ? 0 : body.creditLimit();
        if (creditLimit < 0) {
            throw ApiError.badRequest("'creditLimit' is kopecks, 0 or more");
        }
        business.blocking(() -> {
            BillingAccount account = business.book().companies().addAccount(company.id(), name, creditLimit);
            business.book().audit().append(company.id(), business.now(), AuditLog.OPERATOR, "add-account", "account " + account.id(), null, account);
            return account;
        }).onSuccess(account -> Json.send(ctx, 201, account)).onFailure(ctx::fail);
    }

    /** Adds existing subscribers to the company (each number at most one company's), with a result per number. */
    private void addNumbers(RoutingContext ctx) {
        Company company = company(ctx);
        NumbersToAdd body = Json.body(ctx, NumbersToAdd.class);
        if (body.numbers() == null || body.numbers().isEmpty() || body.numbers().size() > OperationApi.MAX_NUMBERS) {
            throw ApiError.badRequest("'numbers' lists 1 to " + OperationApi.MAX_NUMBERS + " numbers");
        }
        String branch = business.book().hierarchy().branch(company.id(), body.branchId() == null ? "b1" : body.branchId())
                .orElseThrow(() -> ApiError.notFound("no branch '" + body.branchId() + "'")).id();
        BillingAccount account = business.book().companies().account(company.id(), body.accountId() == null ? "a1" : body.accountId())
                .orElseThrow(() -> ApiError.notFound("no billing account '" + body.accountId() + "'"));
        List<String> numbers = body.numbers();
        WebRuntime.respond(ctx, OneAfterAnother.run(numbers.size(), index -> addNumber(company, numbers.get(index), branch, account))
                .map(results -> OperationApi.OperationResponse.of("admin", "add-numbers", results)));
    }

    private Future<OperationResult> addNumber(Company company, String text, String branch, BillingAccount account) {
        long number;
        try {
            number = Msisdn.parseValue(text == null ? "" : text.trim());
        } catch (InvalidNumberException e) {
            return Future.succeededFuture(OperationResult.refused(text, "invalid_number", e.getMessage()));
        }
        if (business.book().hierarchy().companyOf(number).filter(owner -> !owner.equals(company.id())).isPresent()) {
            return Future.succeededFuture(OperationResult.refused(Long.toString(number), "other_company",
                    number + " is a number of another company"));
        }
        // A number takes its billing account's credit terms: the account's limit on credit, none when prepaid.
        return business.services().calls().read(number)
                .compose(subscriber -> new CreditLimits(business).join(company, account, number))
                .compose(limited -> business.blocking(() -> place(company, number, branch, account)))
                .recover(failure -> Future.succeededFuture(failure instanceof ApiError error
                        ? OperationResult.refused(Long.toString(number), error.code(), error.getMessage())
                        : OperationResult.refused(Long.toString(number), "failed", String.valueOf(failure.getMessage()))));
    }

    private OperationResult place(Company company, long number, String branch, BillingAccount account) {
        CompanyNumber placed = new CompanyNumber(number, company.id(), branch, account.id(), business.now());
        business.book().hierarchy().put(placed);
        business.book().audit().append(company.id(), business.now(), AuditLog.OPERATOR, "add-number", "number " + number, null, placed);
        return OperationResult.done(number, "added");
    }

    private void moveRequest(RoutingContext ctx) {
        Company company = company(ctx);
        RequestMove body = Json.body(ctx, RequestMove.class);
        RequestState state;
        try {
            state = RequestState.valueOf(String.valueOf(body.state()).trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("'state' must be in_progress, done or refused");
        }
        WebRuntime.respond(ctx, workflow.move(company.id(), ctx.pathParam("requestId"), state, body.reason()));
    }

    /** Sends every billing account with an invoice address its invoice for the month (again, if it had it). */
    private void sendInvoices(RoutingContext ctx) {
        Company company = company(ctx);
        YearMonth month = ReportApi.month(Json.body(ctx, InvoiceRun.class).month(), business);
        business.respond(ctx, () -> invoicing.send(company, month));
    }
}
