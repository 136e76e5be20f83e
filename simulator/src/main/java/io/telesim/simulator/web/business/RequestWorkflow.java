package io.telesim.simulator.web.business;

import java.util.Locale;

import io.telesim.billing.catalog.Catalog;
import io.telesim.billing.money.Money;
import io.telesim.engine.CommandType;
import io.telesim.simulator.business.AuditLog;
import io.telesim.simulator.business.BillingAccount;
import io.telesim.simulator.business.BusinessRequest;
import io.telesim.simulator.business.Company;
import io.telesim.simulator.business.CompanyNumber;
import io.telesim.simulator.business.RequestDetails;
import io.telesim.simulator.business.RequestState;
import io.telesim.simulator.web.http.ApiError;
import io.telesim.simulator.web.http.EngineCalls;
import io.vertx.core.Future;

/**
 * The operator's side of requests: moving one to in progress, done or refused (with a reason), at the operator
 * clock's time. Done performs it: connect provisions a free number (or the one asked for) into the branch, port-in
 * adds the number (provisioning it when it is new to us), port-out and terminate take the number out of the company
 * and end its account in the engine (TERMINATE), a change of company data updates the company and, when the
 * credit terms change, every number's credit limit. If performing fails the request stays as it was (409).
 */
final class RequestWorkflow {

    private final BusinessContext business;

    RequestWorkflow(BusinessContext business) {
        this.business = business;
    }

    Future<BusinessRequest> move(String companyId, String requestId, RequestState next, String reason) {
        BusinessRequest request = business.book().requests().get(companyId, requestId)
                .orElseThrow(() -> ApiError.notFound("no request '" + requestId + "'"));
        if (!request.state().canMoveTo(next)) {
            throw new ApiError(422, "bad_transition", "a request " + request.state().name().toLowerCase(Locale.ROOT) + " cannot become "
                    + next.name().toLowerCase(Locale.ROOT));
        }
        if (next == RequestState.REFUSED && (reason == null || reason.isBlank())) {
            throw ApiError.badRequest("a refusal needs a 'reason'");
        }
        Future<String> done = next == RequestState.DONE ? perform(request) : Future.succeededFuture(null);
        return done.compose(result -> business.blocking(() -> {
            BusinessRequest moved = request.moved(next, business.now(), reason, result);
            business.book().requests().save(moved);
            business.book().audit().append(companyId, business.now(), AuditLog.OPERATOR, "request-" + next.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                    "request " + request.id(), request, moved);
            return moved;
        }));
    }

    private Future<String> perform(BusinessRequest request) {
        Company company = business.book().companies().require(request.companyId());
        RequestDetails details = request.details();
        return switch (request.kind()) {
            case CONNECT -> (details.number() == null ? new FreeNumbers(business.services().calls(), business.book().hierarchy()).first()
                    : Future.succeededFuture(Long.parseLong(details.number())))
                    .compose(number -> provision(company, details, number, false));
            case PORT_IN -> provision(company, details, Long.parseLong(details.number()), true);
            case PORT_OUT, TERMINATE -> leave(company, Long.parseLong(details.number()));
            case CHANGE_COMPANY_DATA -> changeData(company, details);
        };
    }

    /** Provisions {@code number} (an existing subscriber only when {@code existingAllowed}) and places it in the company. */
    private Future<String> provision(Company company, RequestDetails details, long number, boolean existingAllowed) {
        if (business.book().hierarchy().companyOf(number).isPresent()) {
            return Future.failedFuture(ApiError.conflict("other_company", number + " already is a number of a company"));
        }
        BillingAccount account = business.book().companies().requireAccount(company.id(), details.accountId());
        Catalog catalog = business.services().catalog();
        int tariff = details.tariffId() == null ? catalog.defaultTariff() : catalog.tariffIndex(details.tariffId());
        EngineCalls calls = business.services().calls();
        Future<String> connected = calls.runAllowing(calls.command(CommandType.PROVISION, number).item(tariff)
                .amount2(account.effectiveCreditLimit(company.settlement()))).compose(reply -> switch (reply.outcome()) {
                    case OK -> Future.succeededFuture("connected " + number);
                    case ALREADY_PROVISIONED -> existingAllowed ? new CreditLimits(business).join(company, account, number).map("ported in " + number)
                            : Future.failedFuture(ApiError.conflict("number_taken", number + " already is a subscriber"));
                    default -> Future.failedFuture(ApiError.refusal(reply.outcome()));
                });
        return connected.compose(text -> business.blocking(() -> {
            CompanyNumber placed = new CompanyNumber(number, company.id(), details.branchId(), account.id(), business.now());
            business.book().hierarchy().put(placed);
            business.book().audit().append(company.id(), business.now(), AuditLog.OPERATOR, "add-number", "number " + number, null, placed);
            return text;
        }));
    }

    private Future<String> leave(Company company, long number) {
        CompanyNumber placed = business.book().hierarchy().number(company.id(), number)
                .orElseThrow(() -> ApiError.conflict("not_in_company", number + " no longer is a number of the company"));
        EngineCalls calls = business.services().calls();
        // Porting out, the subscriber leaves the operator too: both end the account in the engine.
        Future<String> ended = calls.run(calls.command(CommandType.TERMINATE, number)).map(reply -> " and was terminated");
        return ended.compose(text -> business.blocking(() -> {
            business.book().hierarchy().remove(company.id(), number);
            business.book().audit().append(company.id(), business.now(), AuditLog.OPERATOR, "remove-number", "number " + number, placed, null);
            return number + " left the company" + text;
        }));
    }

    private Future<String> changeData(Company company, RequestDetails details) {
        Company after = company.withData(details.name() == null ? company.name() : details.name(),
                details.taxId() == null ? company.taxId() : details.taxId(),
                details.settlement() == null ? company.settlement() : details.settlement());
        BillingAccount main = business.book().companies().requireAccount(company.id(), "a1");
        BillingAccount mainAfter = details.creditLimit() == null ? main : main.withCreditLimit(details.creditLimit());
        return new CreditLimits(business).apply(company, after, mainAfter == main ? null : mainAfter).compose(limits -> business.blocking(() -> {
            business.book().companies().update(after);
            business.book().audit().append(company.id(), business.now(), AuditLog.OPERATOR, "change-company", "company " + company.id(), company,
                    after);
            if (mainAfter != main) {
                business.book().companies().putAccount(mainAfter);
                business.book().audit().append(company.id(), business.now(), AuditLog.OPERATOR, "change-credit-limit", "account a1", main, mainAfter);
            }
            return "company data changed"
                    + (after.settlement() == company.settlement() ? "" : ", settlement " + after.settlement().name().toLowerCase(Locale.ROOT))
                    + (mainAfter == main ? "" : ", credit limit " + Money.format(mainAfter.creditLimit())) + limits;
        }));
    }
}
