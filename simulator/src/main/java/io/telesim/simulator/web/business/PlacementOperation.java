package io.telesim.simulator.web.business;

import io.telesim.billing.money.Money;
import io.telesim.engine.CommandType;
import io.telesim.simulator.business.BillingAccount;
import io.telesim.simulator.business.Company;
import io.telesim.simulator.business.CompanyNumber;
import io.telesim.simulator.web.http.EngineCalls;
import io.vertx.core.Future;

/**
 * Moves numbers within the company: to another branch of the hierarchy, or to another billing account (whose credit
 * limit, on credit settlement, the engine then applies to the number with SET_CREDIT_LIMIT).
 */
final class PlacementOperation implements NumberOperation {

    private final BusinessContext business;
    private final Company company;
    private final String toBranch;
    private final BillingAccount toAccount;

    private PlacementOperation(BusinessContext business, Company company, String toBranch, BillingAccount toAccount) {
        this.business = business;
        this.company = company;
        this.toBranch = toBranch;
        this.toAccount = toAccount;
    }

    static PlacementOperation toBranch(BusinessContext business, Company company, String branchId) {
        return new PlacementOperation(business, company, branchId, null);
    }

    static PlacementOperation toAccount(BusinessContext business, Company company, BillingAccount account) {
        return new PlacementOperation(business, company, null, account);
    }

    @Override
    public String name() {
        return toBranch != null ? "move-to-branch" : "move-to-account";
    }

    @Override
    public Future<Applied> apply(CompanyNumber number, long commandId) {
        if (toBranch != null) {
            return business.blocking(() -> {
                business.book().hierarchy().put(number.inBranch(toBranch));
                boolean there = number.branchId().equals(toBranch);
                return new Applied((there ? "already in branch " : "moved to branch ") + toBranch, there);
            });
        }
        long from = business.book().companies().account(company.id(), number.accountId())
                .map(account -> account.effectiveCreditLimit(company.settlement())).orElse(0L);
        long to = toAccount.effectiveCreditLimit(company.settlement());
        Future<Applied> limit = Future.succeededFuture(new Applied("", number.accountId().equals(toAccount.id())));
        if (from != to) {
            EngineCalls calls = business.services().calls();
            limit = new EngineOperation("credit-limit", CommandType.SET_CREDIT_LIMIT,
                    command -> command.amount(to), ", credit limit " + Money.format(to), calls).apply(number, commandId);
        }
        return limit.compose(limited -> business.blocking(() -> {
            business.book().hierarchy().put(number.onAccount(toAccount.id()));
            return new Applied("moved to billing account " + toAccount.id() + limited.message(), limited.repeated());
        }));
    }
}
