package io.telesim.billing.properties;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

import io.telesim.billing.TariffDraft;
import io.telesim.billing.TestCatalogs;
import io.telesim.billing.TestTimes;
import io.telesim.billing.catalog.AccountPolicies;
import io.telesim.billing.catalog.BundleScope;
import io.telesim.billing.catalog.Catalog;
import io.telesim.billing.catalog.PriceList;
import io.telesim.billing.catalog.PromisedPaymentPolicy;
import io.telesim.billing.catalog.Rounding;
import io.telesim.billing.catalog.Tariff;

/**
 * Generated scenarios: every roster number but the last is provisioned, then a mix of top-ups, SMS,
 * calls and data sessions (reserve, update, commit, release, expiry), transfers, promised payments,
 * tariff changes, services, add-ons, blocks, families and daily cycles over advancing time.
 */
final class Scenarios {

    /** The last days of January, so that scenarios cross month ends. */
    static final long START = TestTimes.at("2025-01-28T10:00");

    /**
     * The standard catalog, with rules loosened so that short scenarios reach them (promised payments
     * for any number, inactivity after 30 days, a 3-day free block) and a "classic" tariff adding a
     * connection fee, 60/1 rounding, a home-region bundle and no data beyond its bundle.
     */
    static final Catalog CATALOG = catalog();

    private static final int TARIFFS = CATALOG.tariffs().size();
    private static final int SERVICES = CATALOG.services().size();
    private static final int ADD_ONS = CATALOG.addOns().size();
    private static final int REWARDS = CATALOG.policies().bonus().rewards().size();

    private Scenarios() {
    }

    private static Catalog catalog() {
        Tariff classic = TariffDraft.named("classic", "Classic 60/1")
                .monthlyFee(10_000).voiceMinutes(100, BundleScope.HOME_REGION).smsBundle(50, BundleScope.RUSSIA)
                .dataBytes(TestCatalogs.GB)
                .voicePrices(180, 280, 350, 5_500, 600).voiceConnectionFee(100).voiceRounding(new Rounding(60, 1))
                .smsPrices(200, 250, 250, 850, 500)
                .dataPerMegabyte(PriceList.BARRED).dataRounding(TestCatalogs.PER_100_KB)
                .switchFee(5_000)
                .build();
        PromisedPaymentPolicy anyone = new PromisedPaymentPolicy(5_000, 80_000,
                List.of(new PromisedPaymentPolicy.FeeTier(10_000, 700), new PromisedPaymentPolicy.FeeTier(80_000, 2_500)),
                3, 0, 0, -30_000);
        return TestCatalogs.builder()
                .addTariff(classic)
                .promisedPayment(anyone)
                .accountPolicies(new AccountPolicies(30, 3, 100, 3_000, 600))
                .build();
    }

    /** Provisioning of the roster, then {@code minOps} to {@code maxOps} generated commands. */
    static Arbitrary<List<Op>> scenarios(int minOps, int maxOps) {
        return Combinators.combine(provisioning(), operation().list().ofMinSize(minOps).ofMaxSize(maxOps))
                .as((start, body) -> {
                    List<Op> ops = new ArrayList<>(start);
                    ops.addAll(body);
                    return ops;
                });
    }

    /** Scenarios of usage alone: provisioning, top-ups, SMS, USSD, sessions and time, but no fees or transfers. */
    static Arbitrary<List<Op>> usageScenarios(int minOps, int maxOps) {
        Arbitrary<Op> usage = Arbitraries.frequencyOf(
                Tuple.of(3, op(topUp())),
                Tuple.of(5, op(sms())),
                Tuple.of(1, op(who().map(Op.Ussd::new))),
                Tuple.of(10, op(startSession())),
                Tuple.of(6, op(updateSession())),
                Tuple.of(6, op(endSession())),
                Tuple.of(2, op(Arbitraries.just(new Op.ReleaseExpiredSessions()))),
                Tuple.of(4, op(shortWait())));
        return Combinators.combine(provisioning(), usage.list().ofMinSize(minOps).ofMaxSize(maxOps))
                .as((start, body) -> {
                    List<Op> ops = new ArrayList<>(start);
                    ops.addAll(body);
                    return ops;
                });
    }

    /**
     * A family's life: Anna on the family tariff with 5000 ₽, the others on pay as you go with 1000 ₽;
     * members join and leave while they and the owner call, text and browse on the shared bundles.
     */
    static Arbitrary<List<Op>> familyScenarios(int minOps, int maxOps) {
        int family = CATALOG.tariffIndex("family");
        int go = CATALOG.tariffIndex("go");
        List<Op> start = new ArrayList<>();
        start.add(new Op.Provision(0, family, 500_000, 0));
        for (int i = 1; i < World.PROVISIONED_AT_START; i++) {
            start.add(new Op.Provision(i, go, 100_000, 0));
        }
        Arbitrary<Integer> anyOrMember = Arbitraries.frequencyOf(Tuple.of(1, who()), Tuple.of(2, Arbitraries.just(-1)));
        Arbitrary<Op> life = Arbitraries.frequencyOf(
                Tuple.of(6, op(Combinators.combine(Arbitraries.just(-1), who()).as(Op.JoinFamily::new))),
                Tuple.of(4, op(Combinators.combine(Arbitraries.just(-1), anyOrMember).as(Op.LeaveFamily::new))),
                Tuple.of(12, op(startSession())),
                Tuple.of(8, op(updateSession())),
                Tuple.of(12, op(endSession())),
                Tuple.of(4, op(sms())),
                Tuple.of(2, op(Combinators.combine(who(), Arbitraries.integers().between(0, ADD_ONS - 1)).as(Op.BuyAddOn::new))),
                Tuple.of(2, op(topUp())),
                Tuple.of(1, op(Combinators.combine(who(), anyTariff()).as(Op.ChangeTariff::new))),
                Tuple.of(2, op(Arbitraries.just(new Op.ReleaseExpiredSessions()))),
                Tuple.of(5, op(shortWait())),
                Tuple.of(2, op(Arbitraries.longs().between(1, 3).map(days -> new Op.AdvanceTime(days * TestTimes.DAY)))),
                Tuple.of(2, op(Arbitraries.just(new Op.RunDailyCycle()))));
        return life.list().ofMinSize(minOps).ofMaxSize(maxOps).map(body -> {
            List<Op> ops = new ArrayList<>(start);
            ops.addAll(body);
            return ops;
        });
    }

    private static Arbitrary<List<Op>> provisioning() {
        Arbitrary<Long> opening = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(0L)),
                Tuple.of(2, Arbitraries.longs().between(0, 20_000)),
                Tuple.of(7, Arbitraries.longs().between(20_000, 300_000)));
        Arbitrary<Long> credit = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.just(0L)),
                Tuple.of(1, Arbitraries.longs().between(1_000, 100_000)));
        Arbitrary<long[]> terms = Combinators.combine(anyTariff(), opening, credit)
                .as((tariff, balance, limit) -> new long[] {tariff, balance, limit});
        return terms.list().ofSize(World.PROVISIONED_AT_START).map(all -> {
            List<Op> ops = new ArrayList<>();
            for (int i = 0; i < all.size(); i++) {
                long[] t = all.get(i);
                ops.add(new Op.Provision(i, (int) t[0], t[1], t[2]));
            }
            return ops;
        });
    }

    static Arbitrary<Op> operation() {
        return Arbitraries.frequencyOf(
                Tuple.of(1, op(Combinators.combine(who(), tariffIndex(), Arbitraries.longs().between(0, 100_000),
                        Arbitraries.just(0L)).as(Op.Provision::new))),
                Tuple.of(6, op(topUp())),
                Tuple.of(8, op(sms())),
                Tuple.of(2, op(who().map(Op.Ussd::new))),
                Tuple.of(16, op(startSession())),
                Tuple.of(8, op(updateSession())),
                Tuple.of(12, op(endSession())),
                Tuple.of(2, op(Arbitraries.just(new Op.ReleaseExpiredSessions()))),
                Tuple.of(4, op(Combinators.combine(who(), who(), Arbitraries.longs().between(500, 60_000)).as(Op.Transfer::new))),
                Tuple.of(3, op(Combinators.combine(who(), Arbitraries.longs().between(4_000, 90_000)).as(Op.PromisedPayment::new))),
                Tuple.of(3, op(Combinators.combine(who(), Arbitraries.oneOf(tariffIndex(), anyTariff())).as(Op.ChangeTariff::new))),
                Tuple.of(3, op(Combinators.combine(who(), serviceIndex()).as(Op.ConnectService::new))),
                Tuple.of(1, op(Combinators.combine(who(), serviceIndex()).as(Op.DisconnectService::new))),
                Tuple.of(1, op(Combinators.combine(who(), destination()).as(Op.AddFavourite::new))),
                Tuple.of(3, op(Combinators.combine(who(), Arbitraries.integers().between(-1, ADD_ONS)).as(Op.BuyAddOn::new))),
                Tuple.of(1, op(Combinators.combine(who(), Arbitraries.integers().between(-1, REWARDS)).as(Op.RedeemPoints::new))),
                Tuple.of(2, op(who().map(Op.Block::new))),
                Tuple.of(3, op(who().map(Op.Unblock::new))),
                Tuple.of(6, op(Combinators.combine(Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(-1)), Tuple.of(1, who())), who())
                        .as(Op.JoinFamily::new))),
                Tuple.of(3, op(Combinators.combine(Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(-1)), Tuple.of(1, who())),
                        Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.just(-1)), Tuple.of(1, who()))).as(Op.LeaveFamily::new))),
                Tuple.of(1, op(Combinators.combine(who(), Arbitraries.longs().between(0, 20_000),
                        Arbitraries.longs().between(5_000, 400_000)).as(Op.SetAutoTopUp::new))),
                Tuple.of(1, op(Combinators.combine(who(), Arbitraries.of(true, false)).as(Op.SetHomeInternet::new))),
                Tuple.of(6, op(shortWait())),
                Tuple.of(3, op(Arbitraries.longs().between(1, 3).map(days -> new Op.AdvanceTime(days * TestTimes.DAY)))),
                Tuple.of(1, op(Arbitraries.longs().between(20, 40).map(days -> new Op.AdvanceTime(days * TestTimes.DAY)))),
                Tuple.of(5, op(Arbitraries.just(new Op.RunDailyCycle()))));
    }

    private static Arbitrary<Op.TopUp> topUp() {
        Arbitrary<Long> amount = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.longs().between(500, 999)),
                Tuple.of(6, Arbitraries.longs().between(1_000, 200_000)));
        return Combinators.combine(who(), amount).as(Op.TopUp::new);
    }

    /** A valid tariff index, the family and pay-as-you-go tariffs more often than the others. */
    private static Arbitrary<Integer> anyTariff() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just(CATALOG.tariffIndex("go"))),
                Tuple.of(3, Arbitraries.just(CATALOG.tariffIndex("family"))),
                Tuple.of(6, Arbitraries.integers().between(0, TARIFFS - 1)));
    }

    private static Arbitrary<Op.Sms> sms() {
        return Combinators.combine(who(), destination(), Arbitraries.integers().between(0, 5)).as(Op.Sms::new);
    }

    private static Arbitrary<Op.StartSession> startSession() {
        Arbitrary<Long> seconds = Arbitraries.longs().between(0, 3_600);
        Arbitrary<Long> bytes = Arbitraries.longs().between(1, 50L * TestCatalogs.MB);
        Arbitrary<Integer> caller = Arbitraries.frequencyOf(Tuple.of(5, who()), Tuple.of(1, Arbitraries.just(-1)));
        return Combinators.combine(caller, Arbitraries.of(false, true), destination(), seconds, bytes)
                .as((who, data, destination, s, b) -> new Op.StartSession(who, data, destination, data ? b : s));
    }

    private static Arbitrary<Op.UpdateSession> updateSession() {
        Arbitrary<Long> more = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.longs().between(0, 600)),
                Tuple.of(1, Arbitraries.longs().between(0, 20L * TestCatalogs.MB)));
        return Combinators.combine(Arbitraries.integers().between(0, 20), Arbitraries.integers().between(0, 120), more)
                .as(Op.UpdateSession::new);
    }

    private static Arbitrary<Op.EndSession> endSession() {
        return Combinators.combine(Arbitraries.integers().between(0, 20), Arbitraries.integers().between(0, 120),
                Arbitraries.of(false, false, true)).as(Op.EndSession::new);
    }

    private static Arbitrary<Op.AdvanceTime> shortWait() {
        return Arbitraries.longs().between(1, 900).map(seconds -> new Op.AdvanceTime(seconds * TestTimes.SECOND));
    }

    private static Arbitrary<Integer> who() {
        return Arbitraries.integers().between(0, World.ROSTER.length - 1);
    }

    private static Arbitrary<Integer> destination() {
        return Arbitraries.integers().between(0, World.DESTINATIONS.length - 1);
    }

    private static Arbitrary<Integer> tariffIndex() {
        return Arbitraries.integers().between(-1, TARIFFS);
    }

    private static Arbitrary<Integer> serviceIndex() {
        return Arbitraries.integers().between(-1, SERVICES);
    }

    private static Arbitrary<Op> op(Arbitrary<? extends Op> arbitrary) {
        return arbitrary.map(o -> (Op) o);
    }
}
