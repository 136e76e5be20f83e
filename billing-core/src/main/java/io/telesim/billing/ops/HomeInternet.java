package io.telesim.billing.ops;

import io.telesim.billing.account.AccountRecord;
import io.telesim.billing.catalog.Catalog;
import io.telesim.billing.result.OperationResult;
import io.telesim.billing.result.Outcome;

/**
 * The home-internet flag of a convergent tariff (F11): while it is on, the mobile tariff fee is
 * waived. The waiver is decided each time a fee falls due; switching it mid-month refunds or charges nothing.
 */
public final class HomeInternet {

    private final Catalog catalog;

    HomeInternet(Catalog catalog) {
        this.catalog = catalog;
    }

    public Outcome set(AccountRecord account, boolean active, OperationResult result) {
        if (!catalog.tariff(account.tariff()).convergent()) {
            return result.outcome(Outcome.NOT_CONVERGENT_TARIFF);
        }
        account.homeInternet(active);
        return result.outcome(Outcome.OK);
    }
}
