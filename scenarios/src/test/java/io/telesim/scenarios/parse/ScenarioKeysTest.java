package io.telesim.scenarios.parse;

import static io.telesim.scenarios.parse.Scenarios.read;
import static io.telesim.scenarios.parse.Scenarios.withTraffic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.telesim.billing.number.DestinationClass;
import io.telesim.scenarios.model.A2pTraffic;
import io.telesim.scenarios.model.DataTraffic;
import io.telesim.scenarios.model.ExponentialDistribution;
import io.telesim.scenarios.model.FixedValue;
import io.telesim.scenarios.model.Invariant;
import io.telesim.scenarios.model.MixedDistribution;
import io.telesim.scenarios.model.NormalDistribution;
import io.telesim.scenarios.model.Population;
import io.telesim.scenarios.model.PromisedPaymentTraffic;
import io.telesim.scenarios.model.RateProfile;
import io.telesim.scenarios.model.Scenario;
import io.telesim.scenarios.model.Slo;
import io.telesim.scenarios.model.SmsTraffic;
import io.telesim.scenarios.model.TopUpTraffic;
import io.telesim.scenarios.model.UniformDistribution;
import io.telesim.scenarios.model.UssdScript;
import io.telesim.scenarios.model.UssdTraffic;
import io.telesim.scenarios.model.VoiceTraffic;
import io.telesim.simulator.catalog.CatalogLoader;

/** Every key of the scenario format is read as scenarios/README.md says. */
class ScenarioKeysTest {

    @Test
    void theRunsKeysAreReadAndTheRestDefault() {
        Scenario scenario = read("""
                name: peak
                description: The busiest minute.
                seed: 42
                duration: 1 min
                warmup: 10 s
                ramp_up: 5 s
                subscribers: {count: 100}
                traffic:
                  - {type: top_up, rate: 1, amount: 100.00}
                """).scenario();

        assertEquals("peak", scenario.name());
        assertEquals("The busiest minute.", scenario.description());
        assertEquals(42, scenario.seed());
        assertEquals(Duration.ofMinutes(1), scenario.duration());
        assertEquals(Duration.ofSeconds(10), scenario.warmup());
        assertEquals(Duration.ofSeconds(5), scenario.rampUp());
        assertEquals(Duration.ofSeconds(70), scenario.total());
        assertEquals("test.yaml", scenario.source());
    }

    @Test
    void aScenarioWithoutNameSeedWarmupOrExpectationsTakesTheDefaults() {
        Scenario scenario = read(withTraffic("  - {type: top_up, rate: 1, amount: 100.00}\n")).scenario();

        assertEquals("test", scenario.name(), "the file name without .yaml");
        assertEquals(1, scenario.seed());
        assertEquals(Duration.ZERO, scenario.warmup());
        assertEquals(Duration.ZERO, scenario.rampUp());
        assertEquals(EnumSet.allOf(Invariant.class), scenario.expect().invariants());
        assertTrue(scenario.expect().slos().isEmpty());
        assertNull(scenario.expect().maxHeapGrowth());
    }

    @Test
    void subscribersHaveACountFirstNumberTariffMixBalancesAutoTopUpsAndFamilies() {
        Population population = read("""
                duration: 10 s
                subscribers:
                  count: 1000
                  first_number: "+7 916 500-00-00"
                  tariffs: {smart: 70%, payg: 30%}
                  balance: {distribution: uniform, min: 10.00, max: 20.50}
                  auto_top_up: {share: 25%, below: 50.00, amount: 300.00}
                  families: {share: 20%, size: 4, tariff: family}
                traffic:
                  - {type: top_up, rate: 1, amount: 100.00}
                """).scenario().population();

        assertEquals(1000, population.count());
        assertEquals(79165000000L, population.firstNumber());
        assertEquals(79165000999L, population.number(999));
        assertEquals(List.of("smart", "payg"), population.tariffs().options());
        assertEquals(0.7, population.tariffs().share(0), 1e-12);
        assertEquals(new UniformDistribution(1_000, 2_050), population.balanceKopecks());
        assertEquals(0.25, population.autoTopUp().share(), 1e-12);
        assertEquals(5_000, population.autoTopUp().belowKopecks());
        assertEquals(30_000, population.autoTopUp().amountKopecks());
        assertEquals(0.2, population.families().share(), 1e-12);
        assertEquals(4, population.families().size());
        assertEquals("family", population.families().tariff());
    }

    @Test
    void subscribersDefaultToTheDefaultTariffAndThreeHundredRoublesFromPlus7916200() {
        Population population = read(withTraffic("  - {type: top_up, rate: 1, amount: 100.00}\n")).scenario().population();

        assertEquals(79162000000L, population.firstNumber());
        assertEquals(List.of(CatalogLoader.loadDefault().tariffs().get(CatalogLoader.loadDefault().defaultTariff()).id()),
                population.tariffs().options());
        assertEquals(new FixedValue(30_000), population.balanceKopecks());
        assertNull(population.autoTopUp());
        assertNull(population.families());
    }

    @Test
    void familiesWithoutATariffTakeTheCatalogsFirstFamilyTariff() {
        Population population = read("""
                duration: 10 s
                subscribers: {count: 100, families: {share: 50%, size: 2}}
                traffic: [{type: top_up, rate: 1, amount: 100.00}]
                """).scenario().population();

        assertEquals("family", population.families().tariff());
    }

    @Test
    void distributionsAreFixedUniformExponentialNormalOrAMix() {
        Population fixed = population("balance: 12.34");
        Population exponential = population("balance: {distribution: exponential, mean: 100.00, max: 900.00}");
        Population exponentialCapped = population("balance: {distribution: exponential, mean: 100.00}");
        Population normal = population("balance: {distribution: normal, mean: 100.00, stddev: 10.00, min: 50.00, max: 150.00}");
        Population mix = population("balance: {distribution: mix, parts: [{share: 70%, value: 0.00}, "
                + "{share: 30%, value: {distribution: uniform, min: 1.00, max: 2.00}}]}");

        assertEquals(new FixedValue(1_234), fixed.balanceKopecks());
        assertEquals(new ExponentialDistribution(10_000, 90_000), exponential.balanceKopecks());
        assertEquals(new ExponentialDistribution(10_000, 200_000), exponentialCapped.balanceKopecks(), "20 times the mean");
        assertEquals(new NormalDistribution(10_000, 1_000, 5_000, 15_000), normal.balanceKopecks());
        MixedDistribution mixed = (MixedDistribution) mix.balanceKopecks();
        assertEquals(new FixedValue(0), mixed.parts().option(0));
        assertEquals(0.3, mixed.parts().share(1), 1e-12);
        assertEquals(0.7 * 0 + 0.3 * 150, mixed.average(), 1e-9);
        SplittableRandom random = new SplittableRandom(1);
        for (int i = 0; i < 1_000; i++) {
            long drawn = mixed.sample(random);
            assertTrue(drawn == 0 || drawn >= 100 && drawn <= 200, "drawn " + drawn);
        }
    }

    @Test
    void aRateIsANumberOrAProfileWithARampAndSpikes() {
        Scenario scenario = read(withTraffic("""
                  - {type: top_up, name: steady, rate: 2.5, amount: 100.00}
                  - type: top_up
                    name: shaped
                    rate:
                      per_second: 10
                      ramp_to: 30
                      spikes:
                        - {at: 2 s, for: 1 s, times: 20}
                        - {at: 5 s, for: 500 ms, rate: 1000}
                    amount: 100.00
                """)).scenario();

        assertEquals(RateProfile.constant(2.5), scenario.traffic().get(0).rate());
        RateProfile shaped = scenario.traffic().get(1).rate();
        long total = Duration.ofSeconds(10).toNanos();
        assertEquals(10, shaped.at(0, total), 1e-9);
        assertEquals(20, shaped.at(total / 2 - 1, total), 1e-6, "halfway up the ramp");
        assertEquals(20 * (10 + 20 * 0.25), shaped.at(Duration.ofMillis(2_500).toNanos(), total), 1e-6, "20 times during the spike");
        assertEquals(1000, shaped.at(Duration.ofMillis(5_200).toNanos(), total), 1e-9);
        assertEquals(1000, shaped.peak(), 1e-9, "the fixed-rate spike is above 20 times the highest base rate");
    }

    @Test
    void voiceHasDurationsDestinationsAQuotaAndAnUpdateInterval() {
        VoiceTraffic voice = (VoiceTraffic) read(withTraffic("""
                  - type: voice
                    rate: 100
                    duration: {distribution: exponential, mean: 90 s, max: 30 min}
                    destinations: {on_net: 50%, off_net: 30%, other_region: 15%, international: 5%}
                    quota: 30 s
                    update_every: 250 ms
                """)).scenario().traffic().get(0);

        assertEquals("voice", voice.name());
        assertEquals(new ExponentialDistribution(90_000, 1_800_000), voice.durationMillis());
        assertEquals(List.of(DestinationClass.ON_NET, DestinationClass.OFF_NET, DestinationClass.OTHER_REGION, DestinationClass.INTERNATIONAL),
                voice.destinations().options());
        assertEquals(0.05, voice.destinations().share(3), 1e-12);
        assertEquals(30, voice.quotaSeconds());
        assertEquals(Duration.ofMillis(250), voice.updateEvery());
    }

    @Test
    void voiceDefaultsToOnNetCallsWithAMinuteQuotaUpdatedEvery100Ms() {
        VoiceTraffic voice = (VoiceTraffic) read(withTraffic("  - {type: voice, rate: 1, duration: 60 s}\n")).scenario().traffic().get(0);

        assertEquals(List.of(DestinationClass.ON_NET), voice.destinations().options());
        assertEquals(60, voice.quotaSeconds());
        assertEquals(Duration.ofMillis(100), voice.updateEvery());
        assertEquals(new FixedValue(60_000), voice.durationMillis());
    }

    @Test
    void dataHasVolumesAQuotaAndAnUpdateInterval() {
        DataTraffic data = (DataTraffic) read(withTraffic("""
                  - {type: data, name: mobile-internet, rate: 5, volume: {distribution: uniform, min: 1 MB, max: 2 GB}, quota: 5 MB,
                     update_every: 1 s}
                """)).scenario().traffic().get(0);

        assertEquals("mobile-internet", data.name());
        assertEquals(new UniformDistribution(1L << 20, 2L << 30), data.volumeBytes());
        assertEquals(5L << 20, data.quotaBytes());
        assertEquals(Duration.ofSeconds(1), data.updateEvery());
    }

    @Test
    void smsFromHandsetsHaveDestinationsTextBindsAndAWindow() {
        SmsTraffic sms = (SmsTraffic) read(withTraffic("""
                  - {type: sms, rate: 5, destinations: {on_net: 90%, international: 10%}, text: Hi there, binds: 3, window: 64}
                """)).scenario().traffic().get(0);
        SmsTraffic defaults = (SmsTraffic) read(withTraffic("  - {type: sms, rate: 5}\n")).scenario().traffic().get(0);

        assertEquals(0.9, sms.destinations().share(0), 1e-12);
        assertEquals("Hi there", sms.text());
        assertEquals(3, sms.binds());
        assertEquals(64, sms.window());
        assertEquals(List.of(DestinationClass.ON_NET), defaults.destinations().options());
        assertEquals(2, defaults.binds());
        assertEquals(32, defaults.window());
    }

    @Test
    void ussdHasCodesWithSharesAndAnswersAndAThinkTime() {
        UssdTraffic ussd = (UssdTraffic) read(withTraffic("""
                  - type: ussd
                    rate: 2
                    codes:
                      - {code: "*100#", share: 75%}
                      - {code: "*111*456#", share: 25%, answers: ["1", "0"]}
                    think_time: {distribution: uniform, min: 1 s, max: 4 s}
                """)).scenario().traffic().get(0);
        UssdTraffic one = (UssdTraffic) read(withTraffic("  - {type: ussd, rate: 2, codes: [{code: \"*100#\"}]}\n")).scenario().traffic().get(0);

        assertEquals(new UssdScript("*100#", List.of()), ussd.scripts().option(0));
        assertEquals(new UssdScript("*111*456#", List.of("1", "0")), ussd.scripts().option(1));
        assertEquals(0.25, ussd.scripts().share(1), 1e-12);
        assertEquals(new UniformDistribution(1_000, 4_000), ussd.thinkTimeMillis());
        assertEquals(1.0, one.scripts().share(0), 1e-12, "a single code needs no share");
        assertEquals(new FixedValue(1_000), one.thinkTimeMillis());
    }

    @Test
    void a2pHasAnEsmeTextBindsAWindowAndReceipts() {
        A2pTraffic a2p = (A2pTraffic) read(withTraffic("""
                  - type: a2p
                    name: otp
                    rate: 100
                    esme: {system_id: shop, password: shoppw, source: Shop, billing_account: "+7 916 100-00-09", billing_balance: 5000.00,
                           max_per_second: 250}
                    text: Your parcel is on its way
                    binds: 4
                    window: 16
                    receipts: false
                """)).scenario().traffic().get(0);

        assertEquals("shop", a2p.esme().systemId());
        assertEquals("shoppw", a2p.esme().password());
        assertEquals("Shop", a2p.esme().source());
        assertEquals(79161000009L, a2p.esme().billingAccount());
        assertEquals(500_000, a2p.esme().billingBalance());
        assertEquals(250, a2p.esme().maxPerSecond());
        assertEquals("Your parcel is on its way", a2p.text());
        assertEquals(4, a2p.binds());
        assertEquals(16, a2p.window());
        assertFalse(a2p.receipts());
    }

    @Test
    void a2pDefaultsToTheBuiltInBankEsmeWithReceipts() {
        A2pTraffic a2p = (A2pTraffic) read(withTraffic("  - {type: a2p, rate: 1}\n")).scenario().traffic().get(0);

        assertEquals("bank", a2p.esme().systemId());
        assertEquals("bank1234", a2p.esme().password());
        assertEquals("Bank", a2p.esme().source());
        assertEquals(79161000001L, a2p.esme().billingAccount());
        assertEquals(0, a2p.esme().maxPerSecond());
        assertTrue(a2p.receipts());
    }

    @Test
    void topUpsAndPromisedPaymentsHaveAmounts() {
        Scenario scenario = read(withTraffic("""
                  - {type: top_up, rate: 1, amount: {distribution: uniform, min: 100.00, max: 1000.00}}
                  - {type: promised_payment, rate: 1, amount: 200.00}
                """)).scenario();

        assertEquals(new UniformDistribution(10_000, 100_000), ((TopUpTraffic) scenario.traffic().get(0)).amountKopecks());
        assertEquals(new FixedValue(20_000), ((PromisedPaymentTraffic) scenario.traffic().get(1)).amountKopecks());
    }

    @Test
    void expectationsHaveSlosPerTrafficInvariantsAndAHeapLimit() {
        Scenario scenario = read(withTraffic("""
                  - {type: top_up, rate: 1, amount: 100.00}
                expect:
                  slo:
                    top_up: {p50: 1 ms, p90: 2 ms, p99: 5 ms, p999: 20 ms, max: 1 s, max_refused: 1%, max_errors: 0.5%, min_achieved: 99%}
                  invariants: [money, sms]
                  max_heap_growth: 15%
                """)).scenario();

        Slo slo = scenario.expect().slos().get("top_up");
        assertEquals(Duration.ofMillis(1), slo.latency().get(50.0));
        assertEquals(Duration.ofMillis(2), slo.latency().get(90.0));
        assertEquals(Duration.ofMillis(5), slo.latency().get(99.0));
        assertEquals(Duration.ofMillis(20), slo.latency().get(99.9));
        assertEquals(Duration.ofSeconds(1), slo.latency().get(100.0));
        assertEquals(0.01, slo.maxRefused(), 1e-12);
        assertEquals(0.005, slo.maxErrors(), 1e-12);
        assertEquals(0.99, slo.minAchieved(), 1e-12);
        assertEquals(EnumSet.of(Invariant.MONEY, Invariant.SMS), scenario.expect().invariants());
        assertEquals(0.15, scenario.expect().maxHeapGrowth(), 1e-12);
    }

    @Test
    void invariantsMayBeAllOrNone() {
        assertEquals(EnumSet.allOf(Invariant.class),
                read(withTraffic("  - {type: top_up, rate: 1, amount: 1.00}\nexpect: {invariants: all}\n")).scenario().expect().invariants());
        assertTrue(read(withTraffic("  - {type: top_up, rate: 1, amount: 1.00}\nexpect: {invariants: none}\n")).scenario().expect().invariants()
                .isEmpty());
    }

    @Test
    void theCatalogMayEaseThePromisedPaymentsEligibility() {
        LoadedScenario loaded = read("""
                duration: 10 s
                catalog:
                  promised_payment: {min_account_age: 0 d, min_top_ups: 0.00}
                subscribers: {count: 10}
                traffic: [{type: promised_payment, rate: 1, amount: 100.00}]
                """);

        assertEquals(0, loaded.catalog().policies().promisedPayment().minAccountAgeDays());
        assertEquals(0, loaded.catalog().policies().promisedPayment().minTopUpsLastThreeMonths());
        assertEquals(0, loaded.scenario().catalog().promisedPaymentMinAgeDays());
    }

    @Test
    void theCatalogMayBeAFileNextToTheScenario(@TempDir Path directory) throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(CatalogLoader.DEFAULT_RESOURCE)) {
            String catalog = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("name: Telesim default catalog", "name: My operator");
            Files.writeString(directory.resolve("mine.yaml"), catalog);
        }

        LoadedScenario loaded = read("duration: 10 s\ncatalog: {file: mine.yaml}\nsubscribers: {count: 10}\n"
                + "traffic: [{type: top_up, rate: 1, amount: 100.00}]\n", directory);

        assertEquals("My operator", loaded.catalog().name());
        assertEquals(directory.resolve("mine.yaml"), loaded.scenario().catalog().file());
    }

    private static Population population(String balanceLine) {
        return read("duration: 10 s\nsubscribers:\n  count: 10\n  " + balanceLine + "\ntraffic: [{type: top_up, rate: 1, amount: 1.00}]\n")
                .scenario().population();
    }
}
