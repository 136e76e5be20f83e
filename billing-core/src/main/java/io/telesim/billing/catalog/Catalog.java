package io.telesim.billing.catalog;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.telesim.billing.number.NumberingPlan;
import io.telesim.billing.time.OperatorCalendar;

/**
 * Everything the operator sells and the rules it applies: tariffs, services, add-on bundles, the
 * numbering plan and the policies. Immutable. Accounts refer to tariffs, services and add-ons by
 * their index in this catalog's lists.
 */
public final class Catalog {

    /** Services are held on an account as bits of one {@code long}. */
    public static final int MAX_SERVICES = 64;

    private final String name;
    private final OperatorCalendar calendar;
    private final NumberingPlan numbering;
    private final List<Tariff> tariffs;
    private final List<ServiceSpec> services;
    private final List<AddOn> addOns;
    private final Policies policies;
    private final int defaultTariff;
    private final Map<String, Integer> tariffIndex = new HashMap<>();
    private final Map<String, Integer> serviceIndex = new HashMap<>();
    private final Map<String, Integer> addOnIndex = new HashMap<>();
    private final long[] incompatibleMasks;
    private final int[] familyLeaveTariffs;
    private final int[] rewardAddOns;
    private final int favouritesService;

    /**
     * @throws IllegalArgumentException when ids repeat or a reference names something the catalog lacks
     */
    public Catalog(String name, OperatorCalendar calendar, NumberingPlan numbering, List<Tariff> tariffs,
                   List<ServiceSpec> services, List<AddOn> addOns, Policies policies, String defaultTariffId) {
        this.name = name;
        this.calendar = calendar;
        this.numbering = numbering;
        this.tariffs = List.copyOf(tariffs);
        this.services = List.copyOf(services);
        this.addOns = List.copyOf(addOns);
        this.policies = policies;
        if (this.tariffs.isEmpty()) {
            throw new IllegalArgumentException("a catalog needs at least one tariff");
        }
        if (this.tariffs.size() > Short.MAX_VALUE) {
            throw new IllegalArgumentException("a catalog holds at most " + Short.MAX_VALUE + " tariffs");
        }
        if (this.services.size() > MAX_SERVICES) {
            throw new IllegalArgumentException("a catalog holds at most " + MAX_SERVICES + " services");
        }
        index(this.tariffs, Tariff::id, tariffIndex, "tariff");
        index(this.services, ServiceSpec::id, serviceIndex, "service");
        index(this.addOns, AddOn::id, addOnIndex, "add-on");
        Integer def = tariffIndex.get(defaultTariffId);
        if (def == null) {
            throw new IllegalArgumentException("the default tariff '" + defaultTariffId + "' is not in the catalog");
        }
        this.defaultTariff = def;

        incompatibleMasks = new long[this.services.size()];
        int favourites = -1;
        for (int i = 0; i < this.services.size(); i++) {
            ServiceSpec service = this.services.get(i);
            for (String other : service.incompatibleWith()) {
                int j = requireIndex(serviceIndex, other, "service " + service.id() + " is incompatible with unknown service");
                incompatibleMasks[i] |= 1L << j;
                incompatibleMasks[j] |= 1L << i;
            }
            if (service.favourites() != null) {
                if (favourites >= 0) {
                    throw new IllegalArgumentException("only one service may offer favourite numbers");
                }
                favourites = i;
            }
        }
        this.favouritesService = favourites;

        familyLeaveTariffs = new int[this.tariffs.size()];
        for (int i = 0; i < this.tariffs.size(); i++) {
            FamilyTerms family = this.tariffs.get(i).family();
            familyLeaveTariffs[i] = -1;
            if (family != null) {
                int leave = requireIndex(tariffIndex, family.leaveTariffId(), "tariff " + this.tariffs.get(i).id()
                        + ": members leave to unknown tariff");
                if (this.tariffs.get(leave).isFamily()) {
                    throw new IllegalArgumentException("tariff " + this.tariffs.get(i).id() + ": members must leave to a tariff that is not a family tariff");
                }
                familyLeaveTariffs[i] = leave;
            }
        }
        List<BonusPolicy.Reward> rewards = policies.bonus().rewards();
        rewardAddOns = new int[rewards.size()];
        for (int i = 0; i < rewards.size(); i++) {
            rewardAddOns[i] = requireIndex(addOnIndex, rewards.get(i).addOnId(), "bonus reward names unknown add-on");
        }
    }

    private static <T> void index(List<T> items, java.util.function.Function<T, String> id, Map<String, Integer> into, String what) {
        for (int i = 0; i < items.size(); i++) {
            if (into.put(id.apply(items.get(i)), i) != null) {
                throw new IllegalArgumentException(what + " id '" + id.apply(items.get(i)) + "' is used twice");
            }
        }
    }

    private static int requireIndex(Map<String, Integer> index, String id, String message) {
        Integer i = index.get(id);
        if (i == null) {
            throw new IllegalArgumentException(message + " '" + id + "'");
        }
        return i;
    }

    public String name() {
        return name;
    }

    public OperatorCalendar calendar() {
        return calendar;
    }

    public NumberingPlan numbering() {
        return numbering;
    }

    public List<Tariff> tariffs() {
        return tariffs;
    }

    public List<ServiceSpec> services() {
        return services;
    }

    public List<AddOn> addOns() {
        return addOns;
    }

    public Policies policies() {
        return policies;
    }

    public Tariff tariff(int index) {
        return tariffs.get(index);
    }

    public ServiceSpec service(int index) {
        return services.get(index);
    }

    public AddOn addOn(int index) {
        return addOns.get(index);
    }

    /** The index of the tariff new subscribers get when none is named. */
    public int defaultTariff() {
        return defaultTariff;
    }

    /** The index of a tariff, or -1. */
    public int tariffIndex(String id) {
        return tariffIndex.getOrDefault(id, -1);
    }

    /** The index of a service, or -1. */
    public int serviceIndex(String id) {
        return serviceIndex.getOrDefault(id, -1);
    }

    /** The index of an add-on, or -1. */
    public int addOnIndex(String id) {
        return addOnIndex.getOrDefault(id, -1);
    }

    /** The service whose USSD code is {@code code}, or -1. */
    public int serviceByUssdCode(String code) {
        for (int i = 0; i < services.size(); i++) {
            if (code.equals(services.get(i).ussdCode())) {
                return i;
            }
        }
        return -1;
    }

    /** Bits of the services that cannot be connected together with service {@code index}. */
    public long incompatibleMask(int index) {
        return incompatibleMasks[index];
    }

    /** The index of the favourite-numbers service, or -1 when the catalog has none. */
    public int favouritesService() {
        return favouritesService;
    }

    /** The tariff a member of family tariff {@code index} moves to on leaving, or -1 for other tariffs. */
    public int familyLeaveTariff(int index) {
        return familyLeaveTariffs[index];
    }

    /** The add-on index that bonus reward {@code index} buys. */
    public int rewardAddOn(int rewardIndex) {
        return rewardAddOns[rewardIndex];
    }
}
