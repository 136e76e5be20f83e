package io.telesim.billing;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import io.telesim.billing.catalog.AccountPolicies;
import io.telesim.billing.catalog.AddOn;
import io.telesim.billing.catalog.BonusPolicy;
import io.telesim.billing.catalog.BundleScope;
import io.telesim.billing.catalog.Catalog;
import io.telesim.billing.catalog.FamilyTerms;
import io.telesim.billing.catalog.Favourites;
import io.telesim.billing.catalog.Fee;
import io.telesim.billing.catalog.FeePeriod;
import io.telesim.billing.catalog.Policies;
import io.telesim.billing.catalog.PromisedPaymentPolicy;
import io.telesim.billing.catalog.Rounding;
import io.telesim.billing.catalog.ServiceSpec;
import io.telesim.billing.catalog.Tariff;
import io.telesim.billing.catalog.TariffChangePolicy;
import io.telesim.billing.catalog.TopUpPolicy;
import io.telesim.billing.catalog.TransferPolicy;
import io.telesim.billing.catalog.UsageUnit;
import io.telesim.billing.number.NumberRange;
import io.telesim.billing.number.NumberingPlan;
import io.telesim.billing.number.Region;
import io.telesim.billing.time.OperatorCalendar;

/**
 * A realistic catalog for tests, written in Java: a three-region numbering plan, five tariffs, eight
 * services, three internet add-ons and the operator's policies, priced as a large Russian operator
 * would price them. {@link #standard()} is the catalog as it ships; {@link #builder()} changes one
 * term at a time so a test can state its exact prices.
 *
 * <p>Prices are kopecks. The tariffs:
 * <ul>
 *   <li>{@code go}: pay as you go, per-second billing, no fee: 1.50 ₽/min on-net, 2.50 ₽ off-net;</li>
 *   <li>{@code smart}: 550 ₽ a month for 500 min / 500 SMS / 15 GB, per-minute rounding;</li>
 *   <li>{@code ours}: 9.90 ₽ a day for 1000 min and 100 SMS within our network, 5 GB;</li>
 *   <li>{@code family}: 900 ₽ a month, up to 5 SIMs share 1500 min / 1000 SMS / 40 GB, 200 ₽ per member;
 *       members who leave move to {@code go};</li>
 *   <li>{@code home}: convergent, 750 ₽ a month, waived while home internet is active.</li>
 * </ul>
 */
public final class TestCatalogs {

    public static final ZoneOffset MOSCOW = ZoneOffset.ofHours(3);
    public static final OperatorCalendar CALENDAR = new OperatorCalendar(MOSCOW);

    public static final long GB = 1L << 30;
    public static final long MB = 1L << 20;
    public static final long KB = 1L << 10;
    /** Data is rounded up to whole 100 KB blocks. */
    public static final Rounding PER_100_KB = Rounding.every(100 * KB);

    private TestCatalogs() {
    }

    /** The catalog as it ships. */
    public static Catalog standard() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The standard catalog with some terms changed; every change is stated where the test makes it. */
    public static final class Builder {

        private final Map<String, Tariff> tariffs = new LinkedHashMap<>();
        private final Map<String, ServiceSpec> services = new LinkedHashMap<>();
        private final List<AddOn> addOns = new ArrayList<>();
        private PromisedPaymentPolicy promisedPayment = new PromisedPaymentPolicy(5_000, 80_000,
                List.of(new PromisedPaymentPolicy.FeeTier(10_000, 700), new PromisedPaymentPolicy.FeeTier(50_000, 2_500),
                        new PromisedPaymentPolicy.FeeTier(80_000, 5_000)),
                3, 60, 30_000, -30_000);
        private TransferPolicy transfer = new TransferPolicy(1_000, 150_000, 300_000, 300, 1_000, 1_000);
        private TopUpPolicy topUp = new TopUpPolicy(1_000, 1_500_000, 10_000, 300_000);
        private BonusPolicy bonus = new BonusPolicy(500, 1_000,
                List.of(new BonusPolicy.Reward("internet-1gb", 150), new BonusPolicy.Reward("internet-5gb", 600)), 10, 7);
        private TariffChangePolicy tariffChange = new TariffChangePolicy(TariffChangePolicy.BundleGrant.PRORATED);
        private AccountPolicies account = new AccountPolicies(183, 30, 100, 3_000, 600);
        private String defaultTariff = "go";

        private Builder() {
            for (Tariff tariff : standardTariffs()) {
                tariffs.put(tariff.id(), tariff);
            }
            for (ServiceSpec service : standardServices()) {
                services.put(service.id(), service);
            }
            addOns.addAll(standardAddOns());
        }

        /** Changes the terms of tariff {@code id}. */
        public Builder tariff(String id, UnaryOperator<TariffDraft> change) {
            Tariff tariff = tariffs.get(id);
            if (tariff == null) {
                throw new IllegalArgumentException("no tariff " + id + " in the test catalog");
            }
            tariffs.put(id, change.apply(TariffDraft.of(tariff)).build());
            return this;
        }

        /** Adds a tariff (after the standard ones). */
        public Builder addTariff(Tariff tariff) {
            tariffs.put(tariff.id(), tariff);
            return this;
        }

        /** Replaces service {@code id}. */
        public Builder service(String id, UnaryOperator<ServiceSpec> change) {
            services.put(id, change.apply(services.get(id)));
            return this;
        }

        public Builder promisedPayment(PromisedPaymentPolicy policy) {
            this.promisedPayment = policy;
            return this;
        }

        public Builder transfer(TransferPolicy policy) {
            this.transfer = policy;
            return this;
        }

        public Builder tariffChange(TariffChangePolicy.BundleGrant grant) {
            this.tariffChange = new TariffChangePolicy(grant);
            return this;
        }

        public Builder accountPolicies(AccountPolicies policies) {
            this.account = policies;
            return this;
        }

        public Builder bonus(BonusPolicy policy) {
            this.bonus = policy;
            return this;
        }

        public Catalog build() {
            return new Catalog("telesim-test", CALENDAR, numberingPlan(), List.copyOf(tariffs.values()),
                    List.copyOf(services.values()), addOns, new Policies(promisedPayment, transfer, topUp, bonus, tariffChange, account),
                    defaultTariff);
        }
    }

    /** Three regions; our +7 916 / 911 / 917, other operators' +7 903 / 921 / 927, Kazakhstan's +7 701. */
    public static NumberingPlan numberingPlan() {
        List<Region> regions = List.of(new Region(TestNumbers.MOSCOW, "Moscow"),
                new Region(TestNumbers.SAINT_PETERSBURG, "Saint Petersburg"), new Region(TestNumbers.TATARSTAN, "Tatarstan"));
        List<NumberRange> ranges = List.of(
                ours(79_160_000_000L, TestNumbers.MOSCOW),
                ours(79_110_000_000L, TestNumbers.SAINT_PETERSBURG),
                ours(79_170_000_000L, TestNumbers.TATARSTAN),
                new NumberRange(79_030_000_000L, 79_039_999_999L, "Beeline", NumberRange.Kind.OTHER_OPERATOR, TestNumbers.MOSCOW),
                new NumberRange(79_210_000_000L, 79_219_999_999L, "MegaFon", NumberRange.Kind.OTHER_OPERATOR,
                        TestNumbers.SAINT_PETERSBURG),
                new NumberRange(79_270_000_000L, 79_279_999_999L, "Tele2", NumberRange.Kind.OTHER_OPERATOR, TestNumbers.TATARSTAN),
                new NumberRange(77_010_000_000L, 77_019_999_999L, "Kcell", NumberRange.Kind.ABROAD, Region.UNKNOWN));
        return new NumberingPlan(regions, ranges, Set.of("0611", "3339", "100", "112"));
    }

    private static NumberRange ours(long from, int region) {
        return new NumberRange(from, from + 9_999_999L, "Telesim", NumberRange.Kind.OUR_NETWORK, region);
    }

    private static List<Tariff> standardTariffs() {
        Tariff go = TariffDraft.named("go", "Go (per second)")
                .voicePrices(150, 250, 300, 4_900, 500).voiceRounding(Rounding.PER_SECOND)
                .smsPrices(150, 250, 250, 850, 500)
                .dataPerMegabyte(990).dataRounding(PER_100_KB)
                .build();
        Tariff smart = TariffDraft.named("smart", "Smart")
                .monthlyFee(55_000).voiceMinutes(500, BundleScope.RUSSIA).smsBundle(500, BundleScope.HOME_REGION).dataBytes(15 * GB)
                .voicePrices(150, 250, 250, 4_900, 500).voiceRounding(Rounding.PER_MINUTE)
                .smsPrices(200, 200, 200, 850, 500)
                .dataPerMegabyte(500).dataRounding(PER_100_KB)
                .build();
        Tariff ours = TariffDraft.named("ours", "Our Network")
                .dailyFee(990).voiceMinutes(1_000, BundleScope.ON_NET).smsBundle(100, BundleScope.ON_NET).dataBytes(5 * GB)
                .voicePrices(100, 250, 300, 4_900, 500).voiceRounding(Rounding.PER_MINUTE)
                .smsPrices(100, 250, 250, 850, 500)
                .dataPerMegabyte(500).dataRounding(PER_100_KB)
                .build();
        Tariff family = TariffDraft.named("family", "Family")
                .monthlyFee(90_000).voiceMinutes(1_500, BundleScope.RUSSIA).smsBundle(1_000, BundleScope.RUSSIA).dataBytes(40 * GB)
                .voicePrices(100, 200, 200, 4_900, 500).voiceRounding(Rounding.PER_MINUTE)
                .smsPrices(200, 200, 200, 850, 500)
                .dataPerMegabyte(500).dataRounding(PER_100_KB)
                .family(new FamilyTerms(5, 20_000, "go"))
                .build();
        Tariff home = TariffDraft.named("home", "Home and Mobile")
                .monthlyFee(75_000).voiceMinutes(800, BundleScope.RUSSIA).smsBundle(300, BundleScope.RUSSIA).dataBytes(30 * GB)
                .voicePrices(150, 250, 250, 4_900, 500).voiceRounding(Rounding.PER_MINUTE)
                .smsPrices(200, 200, 200, 850, 500)
                .dataPerMegabyte(500).dataRounding(PER_100_KB)
                .convergent(true)
                .build();
        return List.of(go, smart, ours, family, home);
    }

    private static List<ServiceSpec> standardServices() {
        return List.of(
                new ServiceSpec("voicemail", "Voice mail", "*111*90#", 0, new Fee(230, FeePeriod.DAILY), List.of("missed-calls"), null),
                new ServiceSpec("caller-tune", "Caller tune", "*111*28#", 0, new Fee(450, FeePeriod.DAILY), List.of(), null),
                new ServiceSpec("favourites", "Favourite numbers", "*111*42#", 3_000, new Fee(5_000, FeePeriod.MONTHLY), List.of(),
                        new Favourites(3, 50)),
                new ServiceSpec("missed-calls", "Missed-call notice", "*111*38#", 0, new Fee(150, FeePeriod.DAILY), List.of(), null),
                new ServiceSpec("number-management", "Number management", "*111*828*1#", 0, Fee.NONE, List.of(), null),
                new ServiceSpec("news", "News subscription", "*111*1100#", 0, new Fee(700, FeePeriod.DAILY), List.of(), null),
                new ServiceSpec("music", "Music subscription", "*111*1200#", 0, new Fee(16_900, FeePeriod.MONTHLY), List.of(), null),
                new ServiceSpec("call-barring", "Barring of international calls", "*111*1300#", 5_000, Fee.NONE, List.of(), null));
    }

    private static List<AddOn> standardAddOns() {
        return List.of(
                new AddOn("internet-1gb", "Internet 1 GB", UsageUnit.DATA_BYTES, GB, 10_000, 30),
                new AddOn("internet-5gb", "Internet 5 GB", UsageUnit.DATA_BYTES, 5 * GB, 25_000, 30),
                new AddOn("internet-day", "Internet for a day, 2 GB", UsageUnit.DATA_BYTES, 2 * GB, 5_000, 1));
    }
}
