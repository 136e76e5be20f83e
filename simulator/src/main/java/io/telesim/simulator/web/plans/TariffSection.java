package io.telesim.simulator.web.plans;

import java.util.ArrayList;
import java.util.List;

import io.telesim.billing.catalog.Catalog;
import io.telesim.billing.money.Money;
import io.telesim.billing.ops.BillingRules;

/**
 * A number's tariff (F4): the current tariff, the bundles left, and the tariffs it may change to with what
 * each change would cost now.
 *
 * @param familyMember true when the family owner sets this number's tariff (a change is refused)
 */
public record TariffSection(long number, long balance, String balanceText, TariffOffer current, Bundles bundles,
                            List<TariffOffer> others, boolean familyMember) {

    static TariffSection of(Catalog catalog, BillingRules rules, PlanSnapshot snapshot) {
        int current = snapshot.account().tariff();
        List<TariffOffer> others = new ArrayList<>();
        for (int i = 0; i < catalog.tariffs().size(); i++) {
            if (i != current) {
                others.add(offer(catalog, i, rules.tariffChanges().costOf(snapshot.account(), i, snapshot.now())));
            }
        }
        long balance = snapshot.account().balance();
        return new TariffSection(snapshot.number(), balance, Money.format(balance), offer(catalog, current, 0),
                Bundles.of(catalog, snapshot), List.copyOf(others), snapshot.account().isFamilyMember());
    }

    private static TariffOffer offer(Catalog catalog, int index, long changeCost) {
        int leave = catalog.familyLeaveTariff(index);
        return TariffOffer.of(catalog.tariff(index), changeCost, leave < 0 ? null : catalog.tariff(leave).id());
    }
}
