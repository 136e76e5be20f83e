package io.telesim.scenarios.parse;

import static io.telesim.scenarios.parse.Scenarios.assertBadInput;
import static io.telesim.scenarios.parse.Scenarios.assertError;
import static io.telesim.scenarios.parse.Scenarios.withTraffic;

import org.junit.jupiter.api.Test;

/** A bad scenario file stops with the file, the line and what is wrong: every error the reader gives. */
class ScenarioErrorsTest {

    private static final String TOP_UP = "  - {type: top_up, rate: 1, amount: 100.00}\n";

    @Test
    void anUnknownKeyIsNamedWithTheKnownOnesAndAGuess() {
        assertError("duration: 10 s\nduratoin: 5 s\nsubscribers: {count: 1}\ntraffic:\n" + TOP_UP, 2, "unknown key (did you mean 'duration'?)");
    }

    @Test
    void aFileThatIsNotYamlSaysWhere() {
        assertError("duration: 10 s\nsubscribers: {count: 1\ntraffic: []\n", 3, "not valid YAML");
    }

    @Test
    void anUnquotedUssdCodeIsExplained() {
        assertError(withTraffic("  - {type: ussd, rate: 1, codes: [{code: *100#}]}\n"), 4, "must be quoted");
    }

    @Test
    void theDurationIsRequiredAndMustBeATime() {
        assertError("subscribers: {count: 1}\ntraffic:\n" + TOP_UP, 1, "duration: is required but missing");
        assertError("duration: 5 parsecs\nsubscribers: {count: 1}\ntraffic:\n" + TOP_UP, 1, "is not a duration like 250 ms, 90 s");
        assertError("duration: 0 s\nsubscribers: {count: 1}\ntraffic:\n" + TOP_UP, 1, "must be more than zero");
        assertError("duration: 8 d\nsubscribers: {count: 1}\ntraffic:\n" + TOP_UP, 1, "at most 7 d");
        assertError("duration: 10 s\nwarmup: soon\nsubscribers: {count: 1}\ntraffic:\n" + TOP_UP, 2, "is not a duration");
        assertError("duration: 10 ms ago\nsubscribers: {count: 1}\ntraffic:\n" + TOP_UP, 1, "is not a duration");
    }

    @Test
    void theRampUpFitsInTheRun() {
        assertError("duration: 10 s\nramp_up: 1 min\nsubscribers: {count: 1}\ntraffic:\n" + TOP_UP, 2, "longer than the run");
    }

    @Test
    void theSeedIsAWholeNumber() {
        assertError("seed: lucky\nduration: 10 s\nsubscribers: {count: 1}\ntraffic:\n" + TOP_UP, 1, "'lucky' is not a whole number");
    }

    @Test
    void theCatalogFileMustExistAndItsErrorsNameIt() {
        assertBadInput("duration: 10 s\ncatalog: {file: no-such-catalog.yaml}\nsubscribers: {count: 1}\ntraffic:\n" + TOP_UP,
                "no-such-catalog.yaml");
    }

    @Test
    void thePromisedPaymentsAgeIsInWholeDays() {
        assertError("duration: 10 s\ncatalog:\n  promised_payment: {min_account_age: 36 h}\nsubscribers: {count: 1}\ntraffic:\n" + TOP_UP, 3,
                "whole days");
        assertError("duration: 10 s\ncatalog:\n  promised_payment: {minimum_age: 1 d}\nsubscribers: {count: 1}\ntraffic:\n" + TOP_UP, 3,
                "unknown key");
    }

    @Test
    void subscribersNeedACountOfWholeNumbersThatAreOurs() {
        assertError("duration: 10 s\ntraffic:\n" + TOP_UP, 1, "subscribers: is required but missing");
        assertError("duration: 10 s\nsubscribers: {count: 0}\ntraffic:\n" + TOP_UP, 2, "must be from 1 to 5000000");
        assertError("duration: 10 s\nsubscribers: {count: 10, first_number: \"12345\"}\ntraffic:\n" + TOP_UP, 2, "first_number");
        assertError("duration: 10 s\nsubscribers: {count: 10, first_number: \"+7 903 000-00-00\"}\ntraffic:\n" + TOP_UP, 2,
                "must all be ours");
        assertError("duration: 10 s\nsubscribers: {count: 10, first_number: \"+7 999 999-99-95\"}\ntraffic:\n" + TOP_UP, 2,
                "run past the last Russian number");
    }

    @Test
    void tariffsAreTheCatalogsAndTheirSharesAddUpTo100() {
        assertError("duration: 10 s\nsubscribers:\n  count: 10\n  tariffs: {smart: 50%, gold: 50%}\ntraffic:\n" + TOP_UP, 4,
                "no tariff 'gold' in catalog");
        assertError("duration: 10 s\nsubscribers:\n  count: 10\n  tariffs: {smart: 50%, payg: 40%}\ntraffic:\n" + TOP_UP, 4,
                "the shares add up to 90%, not 100%");
        assertError("duration: 10 s\nsubscribers:\n  count: 10\n  tariffs: {smart: half}\ntraffic:\n" + TOP_UP, 4, "is not a share like 35%");
        assertError("duration: 10 s\nsubscribers:\n  count: 10\n  tariffs: {smart: 150%}\ntraffic:\n" + TOP_UP, 4, "from 0% to 100%");
        assertError("duration: 10 s\nsubscribers:\n  count: 10\n  tariffs: {}\ntraffic:\n" + TOP_UP, 4, "at least one share");
    }

    @Test
    void distributionsSayWhatIsWrong() {
        assertError(balance("{distribution: poisson, mean: 1.00}"), 4, "'poisson' is not one of: uniform, exponential, normal, mix");
        assertError(balance("{distribution: uniform, min: 5.00, max: 1.00}"), 4, "must be at least min");
        assertError(balance("{distribution: uniform, min: 5.00}"), 4, "max: is required but missing");
        assertError(balance("{distribution: exponential, mean: 0.00}"), 4, "must be more than zero");
        assertError(balance("{distribution: exponential, mean: 5.00, max: 1.00}"), 4, "at least the mean");
        assertError(balance("{distribution: normal, mean: 5.00, stddev: 1.00, min: 6.00}"), 4, "between min and max");
        assertError(balance("{distribution: mix, parts: [{share: 50%, value: 1.00}]}"), 4, "add up to 50%, not 100%");
        assertError(balance("{distribution: mix, parts: []}"), 4, "at least one part");
        assertError(balance("{distribution: uniform, min: -1.00, max: 1.00}"), 4, "negative");
        assertError(balance("[1.00, 2.00]"), 4, "or a map with 'distribution");
        assertError(balance("{min: 1.00}"), 4, "distribution: is required but missing");
    }

    @Test
    void autoTopUpsAndFamiliesAreChecked() {
        assertError("duration: 10 s\nsubscribers:\n  count: 10\n  auto_top_up: {share: 10%, below: 1.00, amount: 0.00}\ntraffic:\n" + TOP_UP,
                4, "more than 0.00");
        assertError("duration: 10 s\nsubscribers:\n  count: 10\n  families: {share: 10%, size: 3, tariff: smart}\ntraffic:\n" + TOP_UP,
                4, "'smart' is not a family tariff");
        assertError("duration: 10 s\nsubscribers:\n  count: 10\n  families: {share: 10%, size: 9}\ntraffic:\n" + TOP_UP, 4,
                "must be from 2 to 5");
    }

    @Test
    void trafficIsAListOfKnownTypes() {
        assertError("duration: 10 s\nsubscribers: {count: 1}\ntraffic: {type: voice}\n", 3, "expected a list");
        assertError("duration: 10 s\nsubscribers: {count: 1}\ntraffic: []\n", 3, "at least one kind of traffic");
        assertError(withTraffic("  - {type: fax, rate: 1}\n"), 4, "'fax' is not one of: voice, sms, data, ussd, a2p, top_up, promised_payment");
        assertError(withTraffic("  - {rate: 1}\n"), 4, "type: is required but missing");
        assertError(withTraffic("  - {type: voice, rate: 1, duration: 1 min, volume: 5 MB}\n"), 4,
                "unknown key; known keys: type, name, rate, duration, destinations, quota, update_every");
        assertError(withTraffic("  - {type: voice, rate: 1}\n"), 4, "duration: is required but missing");
    }

    @Test
    void twoTrafficsOfOneNameAreRefused() {
        assertError(withTraffic(TOP_UP + TOP_UP), 5, "a second traffic named 'top_up' (the first is on line 4)");
    }

    @Test
    void ratesAreNumbersOrProfilesWithSensibleSpikes() {
        assertError(withTraffic("  - {type: top_up, rate: lots, amount: 1.00}\n"), 4, "is not a rate per second");
        assertError(withTraffic("  - {type: top_up, rate: -5, amount: 1.00}\n"), 4, "is not a rate per second");
        assertError(withTraffic("  - {type: top_up, rate: {ramp_to: 5}, amount: 1.00}\n"), 4, "per_second: is required but missing");
        assertError(withTraffic("  - {type: top_up, rate: {per_second: 1, spikes: [{at: 1 s, for: 1 s, times: 2, rate: 5}]}, amount: 1.00}\n"),
                4, "either 'times'");
        assertError(withTraffic("  - {type: top_up, rate: {per_second: 1, spikes: [{at: 1 s, for: 1 s}]}, amount: 1.00}\n"), 4, "either 'times'");
        assertError(withTraffic("  - {type: top_up, rate: {per_second: 1, spikes: [{at: 1 min, for: 1 s, times: 2}]}, amount: 1.00}\n"), 4,
                "a spike at 60 s never comes");
        assertError(withTraffic("  - {type: top_up, rate: {per_second: 1, spikes: [{at: 1 s, for: 0 s, times: 2}]}, amount: 1.00}\n"), 4,
                "must be more than zero");
        assertError(withTraffic("  - {type: top_up, rate: {per_second: 1, spikes: [{at: 1 s, for: 1 s, times: 0}]}, amount: 1.00}\n"), 4,
                "must be more than zero");
    }

    @Test
    void destinationsAreOnNetOffNetOtherRegionOrInternational() {
        assertError(withTraffic("  - {type: voice, rate: 1, duration: 1 min, destinations: {on_net: 50%, mars: 50%}}\n"), 4,
                "unknown key; known keys: on_net, off_net, other_region, international");
    }

    @Test
    void quotasAndIntervalsAreChecked() {
        assertError(withTraffic("  - {type: voice, rate: 1, duration: 1 min, quota: 0 s}\n"), 4, "must be more than zero");
        assertError(withTraffic("  - {type: data, rate: 1, volume: 1 MB, quota: 0 B}\n"), 4, "must be more than 0 B");
        assertError(withTraffic("  - {type: data, rate: 1, volume: 1 parsec}\n"), 4, "is not a size like 500 MB");
        assertError(withTraffic("  - {type: sms, rate: 1, binds: 0}\n"), 4, "must be from 1 to 16");
        assertError(withTraffic("  - {type: sms, rate: 1, window: 5000}\n"), 4, "must be from 1 to 1024");
    }

    @Test
    void ussdCodesLookLikeCodesAndShareTheTraffic() {
        assertError(withTraffic("  - {type: ussd, rate: 1, codes: [{code: \"100\"}]}\n"), 4, "is not a USSD code like");
        assertError(withTraffic("  - {type: ussd, rate: 1, codes: []}\n"), 4, "list at least one code");
        assertError(withTraffic("  - {type: ussd, rate: 1, codes: [{code: \"*100#\"}, {code: \"*102#\"}]}\n"), 4,
                "share: is required but missing");
        assertError(withTraffic("  - {type: ussd, rate: 1, codes: [{code: \"*100#\", share: 60%}, {code: \"*102#\", share: 60%}]}\n"), 4,
                "add up to 120%");
    }

    @Test
    void esmesFollowSmppsLimits() {
        assertError(withTraffic("  - {type: a2p, rate: 1, esme: {system_id: a-very-long-system-id}}\n"), 4, "at most 15 characters");
        assertError(withTraffic("  - {type: a2p, rate: 1, esme: {password: longpassword}}\n"), 4, "at most 8 characters");
        assertError(withTraffic("  - {type: a2p, rate: 1, esme: {source: AVeryLongSenderName}}\n"), 4, "at most 11 characters");
        assertError(withTraffic("  - {type: a2p, rate: 1, esme: {billing_account: \"+7 903 000-00-01\"}}\n"), 4, "is not a number of ours");
        assertError(withTraffic("  - {type: a2p, rate: 1, receipts: sometimes}\n"), 4, "is not true or false");
    }

    @Test
    void amountsArePositiveMoney() {
        assertError(withTraffic("  - {type: top_up, rate: 1, amount: 0.00}\n"), 4, "more than 0.00");
        assertError(withTraffic("  - {type: top_up, rate: 1, amount: a lot}\n"), 4, "amount");
        assertError(withTraffic("  - {type: top_up, rate: 1}\n"), 4, "amount: is required but missing");
    }

    @Test
    void expectationsNameRealTrafficKnownMeasuresAndInvariants() {
        assertError(withTraffic(TOP_UP + "expect:\n  slo:\n    voice: {p99: 5 ms}\n"), 7, "no traffic is named 'voice'; the traffic: top_up");
        assertError(withTraffic(TOP_UP + "expect:\n  slo:\n    top_up: {p95: 5 ms}\n"), 7, "unknown key");
        assertError(withTraffic(TOP_UP + "expect:\n  slo:\n    top_up: {p99: 0 ms}\n"), 7, "must be more than zero");
        assertError(withTraffic(TOP_UP + "expect:\n  slo:\n    top_up: {max_refused: 5}\n"), 7, "is not a share like 35%");
        assertError(withTraffic(TOP_UP + "expect:\n  invariants: [money, honesty]\n"), 6, "'honesty' is not one of: exactly_once, money, bundles, sms");
        assertError(withTraffic(TOP_UP + "expect:\n  invariants: some\n"), 6, "is not all, none or a list of");
        assertError(withTraffic(TOP_UP + "expect:\n  max_heap_growth: lots\n"), 6, "is not a percentage");
        assertError(withTraffic(TOP_UP + "expect:\n  latency: 5 ms\n"), 6, "unknown key; known keys: slo, invariants, max_heap_growth");
    }

    private static String balance(String value) {
        return "duration: 10 s\nsubscribers:\n  count: 10\n  balance: " + value + "\ntraffic:\n" + TOP_UP;
    }
}
