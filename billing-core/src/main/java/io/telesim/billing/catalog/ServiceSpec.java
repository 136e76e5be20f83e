package io.telesim.billing.catalog;

import java.util.List;

/**
 * A service a subscriber may connect (F5): voice mail, caller tune, number management, ...
 *
 * @param ussdCode         the code that connects it, e.g. {@code *111*828*1#}, or null
 * @param connectionFee    kopecks charged once on connecting
 * @param fee              the subscription fee while connected
 * @param incompatibleWith ids of services that cannot be connected at the same time
 * @param favourites       favourite-number terms when this is the favourite-numbers service, else null
 */
public record ServiceSpec(String id, String name, String ussdCode, long connectionFee, Fee fee,
                          List<String> incompatibleWith, Favourites favourites) {

    public ServiceSpec {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a service needs an id");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("service " + id + " needs a name");
        }
        if (connectionFee < 0) {
            throw new IllegalArgumentException("service " + id + ": the connection fee cannot be negative");
        }
        incompatibleWith = List.copyOf(incompatibleWith);
        if (incompatibleWith.contains(id)) {
            throw new IllegalArgumentException("service " + id + " cannot be incompatible with itself");
        }
    }
}
