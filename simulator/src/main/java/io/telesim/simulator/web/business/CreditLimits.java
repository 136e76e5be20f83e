package io.telesim.simulator.web.business;

import java.util.List;

import io.telesim.engine.CommandType;
import io.telesim.simulator.business.BillingAccount;
import io.telesim.simulator.business.Company;
import io.telesim.simulator.business.CompanyNumber;
import io.telesim.simulator.web.http.EngineCalls;
import io.vertx.core.Future;

/**
 * Applies a change of settlement or credit limit to the engine: every number of the changed billing account whose
 * effective credit limit changes gets SET_CREDIT_LIMIT, one after another.
 */
final class CreditLimits {

    private final BusinessContext business;

    CreditLimits(BusinessContext business) {
        this.business = business;
    }

    /** Sets the limits of {@code accountBefore}'s numbers for the new terms; answers a short text of what it did. */
    Future<String> apply(Company before, Company after, BillingAccount accountBefore, BillingAccount accountAfter) {
        long from = accountBefore.effectiveCreditLimit(before.settlement());
        long to = accountAfter.effectiveCreditLimit(after.settlement());
        if (from == to) {
            return Future.succeededFuture("");
        }
        EngineCalls calls = business.services().calls();
        List<CompanyNumber> numbers = business.book().hierarchy().numbers(before.id()).stream()
                .filter(number -> number.accountId().equals(accountBefore.id())).toList();
        Future<Void> chain = Future.succeededFuture();
        for (CompanyNumber number : numbers) {
            chain = chain.compose(done -> calls.run(calls.command(CommandType.SET_CREDIT_LIMIT, number.number()).amount(to)).mapEmpty());
        }
        return chain.map(done -> ", credit limit set on " + numbers.size() + " numbers");
    }
}
