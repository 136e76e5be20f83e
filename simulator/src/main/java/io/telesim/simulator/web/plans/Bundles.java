package io.telesim.simulator.web.plans;

import java.util.ArrayList;
import java.util.List;

import io.telesim.billing.account.BundlePools;
import io.telesim.billing.catalog.Catalog;
import io.telesim.billing.catalog.UsageUnit;

/**
 * What is left of a number's bundles (F4): per unit, the total and its parts from the tariff's monthly
 * bundle (until {@code periodEnd}) and from add-ons, next to what the tariff grants a month.
 *
 * @param sharedFrom the family owner whose bundles a member uses, or 0
 */
public record Bundles(long periodEnd, long sharedFrom, List<Left> units) {

    /**
     * One unit's bundles.
     *
     * @param unit    {@code voice_seconds}, {@code sms} or {@code data_bytes}
     * @param monthly what the holder's tariff grants a full month
     */
    public record Left(String unit, long left, long fromTariff, long fromAddOns, long monthly, String leftText) {
    }

    static Bundles of(Catalog catalog, PlanSnapshot snapshot) {
        List<Left> units = new ArrayList<>();
        for (UsageUnit unit : UsageUnit.values()) {
            long left = BundlePools.remaining(snapshot.holder(), unit, snapshot.now());
            long fromTariff = BundleUnits.tariffLeft(snapshot.holder(), unit, snapshot.now());
            long monthly = BundleUnits.monthly(catalog.tariff(snapshot.holder().tariff()).allowance(), unit);
            units.add(new Left(BundleUnits.name(unit), left, fromTariff, left - fromTariff, monthly, BundleUnits.text(unit, left)));
        }
        long sharedFrom = snapshot.account().isFamilyMember() ? snapshot.holder().msisdn() : 0;
        return new Bundles(snapshot.holder().periodEnd(), sharedFrom, List.copyOf(units));
    }
}
