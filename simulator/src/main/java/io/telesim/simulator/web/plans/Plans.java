package io.telesim.simulator.web.plans;

import io.telesim.billing.catalog.Catalog;
import io.telesim.billing.ops.BillingRules;

/** Everything the plans page shows of one number, from one snapshot ({@code GET /api/numbers/{msisdn}/plans}). */
public record Plans(TariffSection tariff, AddOnSection addOns, ServiceSection services, FavouritesSection favourites,
                    BlockSection block, ForwardingSection forwarding) {

    static Plans of(Catalog catalog, BillingRules rules, PlanSnapshot snapshot) {
        return new Plans(TariffSection.of(catalog, rules, snapshot), AddOnSection.of(catalog, snapshot),
                ServiceSection.of(catalog, rules, snapshot), FavouritesSection.of(catalog, snapshot), BlockSection.of(catalog, snapshot),
                ForwardingSection.of(snapshot));
    }
}
