package io.telesim.simulator.web.plans;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.telesim.billing.catalog.Catalog;
import io.telesim.billing.catalog.ServiceSpec;
import io.telesim.billing.money.Money;
import io.telesim.billing.ops.BillingRules;

/** Every service of the catalog with its fee schedule and whether the number has it (F5). */
public record ServiceSection(long balance, String balanceText, List<Service> services) {

    /** The USSD code of number management, which joining numbers in one account needs (F8). */
    public static final String NUMBER_MANAGEMENT_CODE = "*111*828*1#";

    /**
     * A service.
     *
     * @param connectionFee    kopecks charged once on connecting
     * @param fee              kopecks per {@code feePeriod} ({@code daily} or {@code monthly}) while connected
     * @param connectCost      kopecks connecting now takes: the connection fee and the first fee (today's, or the
     *                         rest of the month's as the policy says)
     * @param incompatibleWith ids of services that cannot be on together with this one
     * @param numberManagement true for the service that lets numbers join one account
     */
    public record Service(String id, String name, String ussdCode, long connectionFee, String connectionFeeText, long fee,
                          String feePeriod, String feeText, long connectCost, String connectCostText, boolean connected,
                          List<String> incompatibleWith, boolean favourites, boolean numberManagement) {
    }

    static ServiceSection of(Catalog catalog, BillingRules rules, PlanSnapshot snapshot) {
        List<Service> services = new ArrayList<>();
        for (int i = 0; i < catalog.services().size(); i++) {
            ServiceSpec spec = catalog.service(i);
            long connectCost = spec.connectionFee() + rules.services().firstFee(i, snapshot.now());
            services.add(new Service(spec.id(), spec.name(), spec.ussdCode(), spec.connectionFee(), Money.format(spec.connectionFee()),
                    spec.fee().kopecks(), spec.fee().period().name().toLowerCase(Locale.ROOT), Money.format(spec.fee().kopecks()),
                    connectCost, Money.format(connectCost), snapshot.account().hasService(i), incompatibleWith(catalog, i),
                    spec.favourites() != null, NUMBER_MANAGEMENT_CODE.equals(spec.ussdCode())));
        }
        long balance = snapshot.account().balance();
        return new ServiceSection(balance, Money.format(balance), List.copyOf(services));
    }

    /** Incompatibility works both ways, so the catalog's mask rather than the service's own list. */
    private static List<String> incompatibleWith(Catalog catalog, int index) {
        List<String> ids = new ArrayList<>();
        long mask = catalog.incompatibleMask(index);
        for (int j = 0; j < catalog.services().size(); j++) {
            if ((mask & 1L << j) != 0) {
                ids.add(catalog.service(j).id());
            }
        }
        return List.copyOf(ids);
    }
}
