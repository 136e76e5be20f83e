package io.telesim.simulator.web.plans;

import java.util.ArrayList;
import java.util.List;

import io.telesim.billing.account.AccountRecord;
import io.telesim.billing.catalog.Catalog;
import io.telesim.billing.catalog.Favourites;

/**
 * Favourite numbers (F5): calls to them cost {@code discountPercent} percent less while the favourite-numbers
 * service is connected; up to {@code slots} Russian numbers.
 *
 * @param serviceId the favourite-numbers service, or null when the catalog has none (then nothing else is set)
 */
public record FavouritesSection(String serviceId, String serviceName, boolean connected, int slots, int discountPercent,
                                List<Long> numbers) {

    static FavouritesSection of(Catalog catalog, PlanSnapshot snapshot) {
        int service = catalog.favouritesService();
        if (service < 0) {
            return new FavouritesSection(null, null, false, 0, 0, List.of());
        }
        Favourites terms = catalog.service(service).favourites();
        List<Long> numbers = new ArrayList<>();
        for (int slot = 0; slot < AccountRecord.FAVOURITE_SLOTS; slot++) {
            if (snapshot.account().favourite(slot) != 0) {
                numbers.add(snapshot.account().favourite(slot));
            }
        }
        return new FavouritesSection(catalog.service(service).id(), catalog.service(service).name(),
                snapshot.account().hasService(service), terms.slots(), terms.voiceDiscountPercent(), List.copyOf(numbers));
    }
}
