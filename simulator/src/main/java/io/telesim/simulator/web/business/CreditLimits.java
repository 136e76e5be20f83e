package io.telesim.simulator.web.business;

import java.util.ArrayList;
import java.util.List;

import io.telesim.engine.CommandType;
import io.telesim.simulator.business.BillingAccount;
import io.telesim.simulator.business.Company;
import io.telesim.simulator.business.CompanyNumber;
import io.telesim.simulator.web.http.EngineCalls;
import io.vertx.core.Future;

/**
 * Applies the company's credit terms to the engine: every number whose effective credit limit (its billing account's
 * limit on credit settlement, 0 when prepaid) changes gets SET_CREDIT_LIMIT, one number after another.
 */
final class CreditLimits {

    private final BusinessContext business;

    CreditLimits(BusinessContext business) {
        this.business = business;
    }

    /**
     * Sets the limits for a change of settlement ({@code before} to {@code after}) and of one account's limit
     * ({@code changed}, null when no account changed); answers a short text of what it did.
     */
    Future<String> apply(Company before, Company after, BillingAccount changed) {
        List<BillingAccount> accounts = business.book().companies().accounts(before.id());
        EngineCalls calls = business.services().calls();
        List<CompanyNumber> numbers = business.book().hierarchy().numbers(before.id());
        List<CompanyNumber> changing = new ArrayList<>();
        List<Long> limits = new ArrayList<>();
        for (CompanyNumber number : numbers) {
            BillingAccount account = accounts.stream().filter(each -> each.id().equals(number.accountId())).findFirst().orElse(null);
            if (account == null) {
                continue;
            }
            BillingAccount next = changed != null && changed.id().equals(account.id()) ? changed : account;
            long to = next.effectiveCreditLimit(after.settlement());
            if (account.effectiveCreditLimit(before.settlement()) != to) {
                changing.add(number);
                limits.add(to);
            }
        }
        return OneAfterAnother.run(changing.size(), index -> calls.run(calls.command(CommandType.SET_CREDIT_LIMIT, changing.get(index).number())
                .amount(limits.get(index)))).map(set -> set.isEmpty() ? "" : ", credit limit set on " + set.size() + " numbers");
    }

    /** Gives {@code number} the credit limit of {@code account} under the company's settlement (when it joins the company). */
    Future<Void> join(Company company, BillingAccount account, long number) {
        EngineCalls calls = business.services().calls();
        return calls.run(calls.command(CommandType.SET_CREDIT_LIMIT, number).amount(account.effectiveCreditLimit(company.settlement()))).mapEmpty();
    }
}
