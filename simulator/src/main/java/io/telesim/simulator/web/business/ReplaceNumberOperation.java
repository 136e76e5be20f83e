package io.telesim.simulator.web.business;

import io.telesim.engine.CommandType;
import io.telesim.simulator.business.CompanyNumber;
import io.telesim.simulator.web.http.EngineCalls;
import io.vertx.core.Future;

/**
 * Gives a number's subscriber a new number (REPLACE_NUMBER: the engine moves the account, balance and history with
 * it), and puts the new number where the old one was in the company.
 */
final class ReplaceNumberOperation implements NumberOperation {

    private final BusinessContext business;
    private final long newNumber;

    ReplaceNumberOperation(BusinessContext business, long newNumber) {
        this.business = business;
        this.newNumber = newNumber;
    }

    @Override
    public String name() {
        return "replace-number";
    }

    @Override
    public boolean singleNumber() {
        return true;
    }

    @Override
    public long numberAfter(CompanyNumber number) {
        return newNumber;
    }

    @Override
    public Future<Applied> apply(CompanyNumber number, long commandId) {
        EngineCalls calls = business.services().calls();
        return new EngineOperation(name(), CommandType.REPLACE_NUMBER, command -> command.other(newNumber), "", calls)
                .apply(number, commandId).compose(done -> business.blocking(() -> {
                    business.book().hierarchy().remove(number.companyId(), number.number());
                    business.book().hierarchy().put(number.renumbered(newNumber));
                    return new Applied("replaced by " + newNumber, done.repeated());
                }));
    }
}
