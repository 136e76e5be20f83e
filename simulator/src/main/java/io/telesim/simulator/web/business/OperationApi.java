package io.telesim.simulator.web.business;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.telesim.billing.number.InvalidNumberException;
import io.telesim.billing.number.Msisdn;
import io.telesim.simulator.business.BulkRun;
import io.telesim.simulator.business.Company;
import io.telesim.simulator.business.CompanyNumber;
import io.telesim.simulator.business.OperationResult;
import io.telesim.simulator.web.WebRuntime;
import io.telesim.simulator.web.http.ApiError;
import io.telesim.simulator.web.http.Json;
import io.vertx.core.Future;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code POST /api/business/companies/{companyId}/operations}: one operation on one number, a list, or a branch with
 * its subtree, applied number by number. The answer is always 200 with a result per number (partial failure included:
 * {@code failed} counts them); 400 for a malformed request or more than {@value #MAX_NUMBERS} numbers, 403 without the
 * operation's permission, 404 for a branch the user does not see. A number the company does not have, or that the user
 * does not see, is a result with code {@code not_found}.
 */
final class OperationApi {

    static final int MAX_NUMBERS = 5_000;

    /** The answer: the run's results in the order of the target. */
    record OperationResponse(String requestId, String operation, int total, int succeeded, int failed, List<OperationResult> results) {

        static OperationResponse of(String requestId, String operation, List<OperationResult> results) {
            int ok = (int) results.stream().filter(OperationResult::ok).count();
            return new OperationResponse(requestId, operation, results.size(), ok, results.size() - ok, results);
        }
    }

    private final BusinessContext business;
    private final BusinessGuard guard;
    private final OperationFactory operations;
    private final BulkRunner runner;

    OperationApi(BusinessContext business, BusinessGuard guard) {
        this.business = business;
        this.guard = guard;
        this.operations = new OperationFactory(business);
        this.runner = new BulkRunner(business);
    }

    void mount(Router router) {
        router.post(BusinessRoutes.COMPANY + "/operations").handler(guard.handler()).handler(this::run);
    }

    private void run(RoutingContext ctx) {
        BusinessAccess access = BusinessGuard.access(ctx);
        OperationRequest request = Json.body(ctx, OperationRequest.class);
        String requestId = request.requestId() == null ? "" : request.requestId().trim();
        if (!requestId.matches("[A-Za-z0-9._-]{1,64}")) {
            throw ApiError.badRequest("'requestId' is needed: 1 to 64 letters, digits, '.', '_' or '-', new for every operation");
        }
        Company company = business.book().companies().get(access.companyId()).orElseThrow(() -> ApiError.notFound("no company"));
        // The permission first: a user who may not do it learns nothing from how the parameters are checked.
        access.require(OperationFactory.permissionOf(request.operation()));
        NumberOperation operation = operations.of(request, company, access);
        List<String> asked = targetNumbers(request.target(), access);
        if (asked.size() > MAX_NUMBERS) {
            throw ApiError.badRequest("at most " + MAX_NUMBERS + " numbers in one operation, the target has " + asked.size());
        }
        if (operation.singleNumber() && asked.size() != 1) {
            throw ApiError.badRequest("'" + operation.name() + "' applies to one number at a time");
        }
        List<CompanyNumber> numbers = new ArrayList<>(asked.size());
        List<OperationResult> early = new ArrayList<>(asked.size());
        String fingerprint = Json.tree(request).toString();
        WebRuntime.respond(ctx, business.blocking(() -> {
            Set<Long> seen = new HashSet<>();
            for (String text : asked) {
                resolve(text, access, numbers, early, seen);
            }
            return business.book().bulkRuns().begin(company.id(), requestId, fingerprint, business.now());
        }).compose(run -> results(run, operation, numbers, early, access))
                .map(results -> OperationResponse.of(requestId, operation.name(), results)));
    }

    private Future<List<OperationResult>> results(BulkRun run, NumberOperation operation, List<CompanyNumber> numbers, List<OperationResult> early,
                                                  BusinessAccess access) {
        return run.results() != null ? Future.succeededFuture(run.results()) : runner.run(run, operation, numbers, early, access.actor());
    }

    /** The numbers of the target as given (a branch: the numbers the user sees in its subtree, in number order). */
    private List<String> targetNumbers(OperationRequest.Target target, BusinessAccess access) {
        if (target == null) {
            throw ApiError.badRequest("'target' is needed: {\"number\": ...}, {\"numbers\": [...]} or {\"branchId\": ...}");
        }
        int given = (target.number() == null ? 0 : 1) + (target.numbers() == null ? 0 : 1) + (target.branchId() == null ? 0 : 1);
        if (given != 1) {
            throw ApiError.badRequest("'target' names exactly one of 'number', 'numbers' and 'branchId'");
        }
        if (target.number() != null) {
            return List.of(target.number());
        }
        if (target.numbers() != null) {
            if (target.numbers().isEmpty()) {
                throw ApiError.badRequest("'numbers' lists no number");
            }
            return target.numbers();
        }
        access.requireBranch(target.branchId());
        Set<String> branches = access.tree().subtrees(List.of(target.branchId()));
        return business.book().hierarchy().numbers(access.companyId()).stream()
                .filter(number -> branches.contains(number.branchId()) && access.sees(number))
                .map(number -> Long.toString(number.number())).toList();
    }

    /** Adds the company number of {@code text}, or a null number and its refusal. Each number is done once per run. */
    private void resolve(String text, BusinessAccess access, List<CompanyNumber> numbers, List<OperationResult> early, Set<Long> seen) {
        long msisdn;
        try {
            msisdn = Msisdn.parseValue(text == null ? "" : text.trim());
        } catch (InvalidNumberException e) {
            numbers.add(null);
            early.add(OperationResult.refused(text, "invalid_number", e.getMessage()));
            return;
        }
        CompanyNumber number = business.book().hierarchy().number(access.companyId(), msisdn).filter(access::sees).orElse(null);
        boolean repeated = number != null && !seen.add(msisdn);
        numbers.add(number);
        if (number == null) {
            early.add(OperationResult.refused(Long.toString(msisdn), "not_found", msisdn + " is not a number of your company that you manage"));
        } else if (repeated) {
            early.add(OperationResult.refused(Long.toString(msisdn), "repeated", msisdn + " is listed more than once: done once"));
        } else {
            early.add(null);
        }
    }
}
