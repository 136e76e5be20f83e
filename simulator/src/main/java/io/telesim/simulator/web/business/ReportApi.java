package io.telesim.simulator.web.business;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;

import io.telesim.billing.money.Money;
import io.telesim.engine.statement.StatementStore;
import io.telesim.simulator.business.BillingAccount;
import io.telesim.simulator.business.CompanyNumber;
import io.telesim.simulator.business.Permission;
import io.telesim.simulator.web.http.ApiError;
import io.telesim.simulator.web.http.Json;
import io.telesim.simulator.web.statement.StatementPeriod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Reports (C4): {@code GET .../reports/usage?from=YYYY-MM-DD&to=YYYY-MM-DD[&branchId=][&format=csv]} (REPORTS): usage and
 * spending of the numbers the user sees, per number and per branch, the days from {@code from} to {@code to} inclusive
 * (the current month by default), as JSON or CSV. {@code GET .../accounts/{accountId}/invoice?month=YYYY-MM} (FINANCE): a
 * billing account's charges in a month. 409 {@code statements_unavailable} on an operator that keeps no statements.
 */
final class ReportApi {

    /** A billing account's invoice: the month's charges of its numbers, in kopecks. */
    record Invoice(String companyId, String accountId, String month, int numbers, long amount, String amountText) {
    }

    private final BusinessContext business;
    private final BusinessGuard guard;

    ReportApi(BusinessContext business, BusinessGuard guard) {
        this.business = business;
        this.guard = guard;
    }

    void mount(Router router) {
        router.get(BusinessRoutes.COMPANY + "/reports/usage").handler(guard.handler()).handler(this::usage);
        router.get(BusinessRoutes.COMPANY + "/accounts/:accountId/invoice").handler(guard.handler()).handler(this::invoice);
    }

    private void usage(RoutingContext ctx) {
        BusinessAccess access = BusinessGuard.access(ctx);
        access.require(Permission.REPORTS);
        StatementStore store = store();
        StatementPeriod period = period(ctx, business);
        String branchId = ctx.queryParams().get("branchId");
        boolean csv = "csv".equals(ctx.queryParams().get("format"));
        Set<String> within = branchId == null ? null : access.tree().subtrees(List.of(access.requireBranch(branchId).id()));
        List<CompanyNumber> numbers = business.book().hierarchy().numbers(access.companyId()).stream()
                .filter(number -> access.sees(number) && (within == null || within.contains(number.branchId()))).toList();
        business.blocking(() -> UsageReport.of(store, numbers, access.tree(), period.fromMillis(), period.toMillis(),
                period.from().toString(), period.to().toString())).onSuccess(report -> {
                    if (csv) {
                        ctx.response().putHeader("Content-Type", "text/csv; charset=utf-8").putHeader("Content-Disposition",
                                "attachment; filename=\"usage-" + access.companyId() + "-" + period.from() + "-" + period.to() + ".csv\"").end(report.csv());
                    } else {
                        Json.send(ctx, report);
                    }
                }).onFailure(ctx::fail);
    }

    private void invoice(RoutingContext ctx) {
        BusinessAccess access = BusinessGuard.access(ctx);
        access.require(Permission.FINANCE);
        BillingAccount account = business.book().companies().account(access.companyId(), ctx.pathParam("accountId"))
                .orElseThrow(() -> ApiError.notFound("no billing account '" + ctx.pathParam("accountId") + "'"));
        YearMonth month = month(ctx.queryParams().get("month"), business);
        business.respond(ctx, () -> invoice(business, account, month));
    }

    /** The invoice of {@code account} for {@code month}. */
    static Invoice invoice(BusinessContext business, BillingAccount account, YearMonth month) {
        StatementStore store = business.services().engine().statements();
        if (store == null) {
            throw ApiError.conflict("statements_unavailable", "the operator runs in memory and keeps no statements");
        }
        ZoneOffset zone = business.services().catalog().calendar().zone();
        long from = month.atDay(1).atStartOfDay().toInstant(zone).toEpochMilli();
        long to = month.plusMonths(1).atDay(1).atStartOfDay().toInstant(zone).toEpochMilli();
        List<CompanyNumber> numbers = business.book().hierarchy().numbers(account.companyId()).stream()
                .filter(number -> number.accountId().equals(account.id())).toList();
        long amount = 0;
        for (CompanyNumber number : numbers) {
            amount += UsageReport.charged(store, number.number(), from, to);
        }
        return new Invoice(account.companyId(), account.id(), month.toString(), numbers.size(), amount,
                Money.format(amount));
    }

    /** {@code text} as a month (YYYY-MM); the current month of the operator's clock when absent. */
    static YearMonth month(String text, BusinessContext business) {
        if (text == null || text.isBlank()) {
            return YearMonth.from(Instant.ofEpochMilli(business.now()).atOffset(business.services().catalog().calendar().zone()));
        }
        try {
            return YearMonth.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw ApiError.badRequest("'month' is YYYY-MM, got '" + text + "'");
        }
    }

    private StatementStore store() {
        StatementStore store = business.services().engine().statements();
        if (store == null) {
            throw ApiError.conflict("statements_unavailable", "the operator runs in memory and keeps no statements");
        }
        return store;
    }

    /** The report's days from {@code ?from=&to=}, as a statement's: this month so far by default. */
    static StatementPeriod period(RoutingContext ctx, BusinessContext business) {
        ZoneOffset zone = business.services().catalog().calendar().zone();
        LocalDate today = LocalDate.ofInstant(Instant.ofEpochMilli(business.now()), zone);
        return StatementPeriod.parse(ctx.queryParams().get("from"), ctx.queryParams().get("to"), today, zone);
    }
}
