package io.telesim.billing.catalog;

import io.telesim.billing.number.DestinationClass;

/** Which calls or messages a tariff bundle pays for. Paid short numbers and abroad never come out of a bundle. */
public enum BundleScope {
    /** Only numbers of our network. */
    ON_NET,
    /** Our network and other operators in the home region. */
    HOME_REGION,
    /** Every Russian number. */
    RUSSIA;

    public boolean covers(DestinationClass destination) {
        return switch (destination) {
            case ON_NET -> true;
            case OFF_NET -> this != ON_NET;
            case OTHER_REGION -> this == RUSSIA;
            case INTERNATIONAL, SHORT, FREE_SHORT -> false;
        };
    }
}
