package io.telesim.simulator.web.plans;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.telesim.billing.account.AccountRecord;
import io.telesim.billing.catalog.AddOn;
import io.telesim.billing.catalog.Catalog;
import io.telesim.billing.catalog.UsageUnit;
import io.telesim.billing.money.Money;

/**
 * Add-on bundles (F4): what the catalog sells, and the add-ons the number's bundle holder has now with the
 * units left and when each expires.
 *
 * @param freeSlots add-ons that can still be bought before the slots are full
 */
public record AddOnSection(long balance, String balanceText, List<Offer> offers, List<Active> active, int freeSlots) {

    /** An add-on of the catalog: {@code units} of {@code unit} for {@code price} kopecks, valid {@code validDays} from purchase. */
    public record Offer(String id, String name, String unit, long units, String unitsText, long price, String priceText, int validDays) {
    }

    /** An add-on held now. */
    public record Active(String unit, long unitsLeft, String unitsLeftText, long expiresAt) {
    }

    static AddOnSection of(Catalog catalog, PlanSnapshot snapshot) {
        List<Offer> offers = new ArrayList<>();
        for (AddOn addOn : catalog.addOns()) {
            offers.add(new Offer(addOn.id(), addOn.name(), BundleUnits.name(addOn.unit()), addOn.units(),
                    BundleUnits.text(addOn.unit(), addOn.units()), addOn.price(), Money.format(addOn.price()), addOn.validDays()));
        }
        AccountRecord holder = snapshot.holder();
        List<Active> active = new ArrayList<>();
        for (int slot = 0; slot < AccountRecord.ADD_ON_SLOTS; slot++) {
            UsageUnit unit = holder.addOnUnit(slot);
            if (unit != null && holder.addOnExpiry(slot) > snapshot.now()) {
                active.add(new Active(BundleUnits.name(unit), holder.addOnUnits(slot), BundleUnits.text(unit, holder.addOnUnits(slot)),
                        holder.addOnExpiry(slot)));
            }
        }
        active.sort(Comparator.comparingLong(Active::expiresAt));
        long balance = snapshot.account().balance();
        return new AddOnSection(balance, Money.format(balance), List.copyOf(offers), List.copyOf(active),
                AccountRecord.ADD_ON_SLOTS - active.size());
    }
}
