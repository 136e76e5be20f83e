package io.telesim.simulator.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.telesim.billing.catalog.Catalog;
import io.telesim.simulator.input.BadInputException;
import io.telesim.simulator.yaml.YamlFile;

/**
 * Every kind of mistake in a catalog file is reported with the file, the line and the path of the
 * item: the tests break a small valid catalog in one place each.
 */
class CatalogLoaderErrorsTest {

    private static final String FILE = "small.yaml";
    private static final String SMALL = resource("catalog/small-catalog.yaml");

    @Test
    void shouldLoadTheSmallCatalogUnbroken() {
        Catalog catalog = load(SMALL);

        assertEquals(2, catalog.tariffs().size());
        assertEquals(2, catalog.services().size());
        assertEquals(4, catalog.numbering().ranges().size());
    }

    @Test
    void shouldNameAMissingKey() {
        assertFails(SMALL.replace("    name: Basic\n", ""),
                line("  - id: basic") + ": tariffs[0].name: is required but missing");
    }

    @Test
    void shouldNameAValueOfTheWrongType() {
        String lots = SMALL.replace("bundles: {minutes: 100, sms: 50, data: 5 GB}", "bundles: lots");
        assertFails(lots, line(lots, "bundles: lots") + ": tariffs[0].bundles: expected a map of 'key: value' lines, got 'lots'");
        assertFails(SMALL.replace("{minutes: 100,", "{minutes: many,"),
                line("bundles:") + ": tariffs[0].bundles.minutes: 'many' is not a whole number");
    }

    @Test
    void shouldNameAnUnknownKeyAndListTheKnownOnes() {
        String broken = SMALL.replace("      dataPerMb: 5.00", "      dataPerMB: 5.00");
        assertFails(broken, line(broken, "dataPerMB") + ": tariffs[0].prices.dataPerMB: unknown key (did you mean 'dataPerMb'?); "
                + "known keys: voice, sms, dataPerMb, callConnection, ussd");
    }

    @Test
    void shouldNameABadAmount() {
        String broken = SMALL.replaceFirst("voice: \\{onNet: 1.00", "voice: {onNet: 1.5x");
        assertFails(broken, line(broken, "onNet: 1.5x")
                + ": tariffs[0].prices.voice.onNet: '1.5x' is not an amount in roubles like 123.45: unexpected character 'x'");
    }

    @Test
    void shouldNameAnUnknownServiceInIncompatibilities() {
        String broken = SMALL.replace("incompatibleWith: [missed-calls]", "incompatibleWith: [missed-call]");
        assertFails(broken, line(broken, "[missed-call]")
                + ": services[0].incompatibleWith[0]: unknown service 'missed-call'; known services: voicemail, missed-calls");
    }

    @Test
    void shouldNameAnUnknownOrFamilyLeaveTariff() {
        String unknown = SMALL.replace("leaveTariff: basic", "leaveTariff: basik");
        assertFails(unknown, line(unknown, "leaveTariff: basik")
                + ": tariffs[1].family.leaveTariff: unknown tariff 'basik'; known tariffs: basic, family");
        String family = SMALL.replace("leaveTariff: basic", "leaveTariff: family");
        assertFails(family, line(family, "leaveTariff: family")
                + ": tariffs[1].family.leaveTariff: 'family' is a family tariff; a member leaving a family must move to a tariff that is not");
    }

    @Test
    void shouldNameAnUnknownRewardAddOnAndDefaultTariff() {
        String reward = SMALL.replace("{addOn: internet-1gb, points: 300}", "{addOn: internet-2gb, points: 300}");
        assertFails(reward, line(reward, "internet-2gb")
                + ": policies.bonus.rewards[0].addOn: unknown add-on 'internet-2gb'; known add-ons: internet-1gb");
        String defaultTariff = SMALL.replace("defaultTariff: basic", "defaultTariff: premium");
        assertFails(defaultTariff, line(defaultTariff, "defaultTariff")
                + ": defaultTariff: unknown tariff 'premium'; known tariffs: basic, family");
    }

    @Test
    void shouldNameAnUnknownRegionInARange() {
        String broken = SMALL.replace("operator: Sky Mobile, kind: otherOperator, region: 77", "operator: Sky Mobile, kind: otherOperator, region: 99");
        assertFails(broken, line(broken, "region: 99") + ": numbering.ranges[2].region: unknown region 99; known regions: 77, 78");
    }

    @Test
    void shouldNameBothOverlappingRanges() {
        String broken = SMALL.replace("  freeShortNumbers:", "    - {from: \"+7 916 500-00-00\", to: \"+7 916 599-99-99\", operator: X, "
                + "kind: otherOperator, region: 77}\n  freeShortNumbers:");
        assertFails(broken, line(broken, "operator: X") + ": numbering.ranges[4]: +7 916 500-00-00 .. +7 916 599-99-99 overlaps "
                + "numbering.ranges[0] (" + line(broken, "\"+7 916\"").replace(FILE + ":", "line ")
                + ": +7 916 000-00-00 .. +7 916 999-99-99)");
    }

    @Test
    void shouldNameARepeatedId() {
        String broken = SMALL.replace("  - id: family", "  - id: basic");
        assertFails(broken, line(broken, "  - id: basic\n    name: Family")
                + ": tariffs[1].id: tariff id 'basic' is used twice (first at tariffs[0].id, " + line("  - id: basic")
                        .replace(FILE + ":", "line ") + ")");
    }

    @Test
    void shouldNameADomainRuleTheItemBreaks() {
        String tiers = SMALL.replace("fees: [{upTo: 500.00, fee: 25.00}]", "fees: [{upTo: 300.00, fee: 25.00}]");
        assertFails(tiers, line(tiers, "promisedPayment:")
                + ": policies.promisedPayment: promised payment fee tiers must cover amounts up to the max amount");
        String topUp = SMALL.replace("autoMaxAmount: 3000.00", "autoMaxAmount: 30000.00");
        assertFails(topUp, line(topUp, "topUp:") + ": policies.topUp: top-ups need 0 < min <= auto min <= auto max <= max");
        String both = SMALL.replace("    family: {maxSims: 4", "    convergent: true\n    family: {maxSims: 4");
        assertFails(both, line(both, "  - id: family")
                + ": tariffs[1]: tariff family cannot be both a family and a convergent tariff");
        String sims = SMALL.replace("maxSims: 4", "maxSims: 6");
        assertFails(sims, line(sims, "maxSims: 6") + ": tariffs[1].family.maxSims: must be from 2 to 5, got 6");
    }

    @Test
    void shouldNameBadRoundingsPeriodsAndShortNumbers() {
        String rounding = SMALL.replace("voice: 60/60", "voice: 60-60");
        assertFails(rounding, line(rounding, "60-60")
                + ": tariffs[0].rounding.voice: '60-60' is not a rounding like 60/60 (per minute), 60/1 or 1/1 (per second)");
        String period = SMALL.replace("{amount: 2.00, period: daily}", "{amount: 2.00, period: weekly}");
        assertFails(period, line(period, "weekly") + ": services[0].fee.period: 'weekly' is not one of: daily, monthly");
        String shortNumber = SMALL.replace("freeShortNumbers: [0611, 112]", "freeShortNumbers: [0611, 79161234567]");
        assertFails(shortNumber, line(shortNumber, "79161234567")
                + ": numbering.freeShortNumbers[1]: '79161234567' is not a short number (2 to 6 digits)");
        String zone = SMALL.replace("timeZone: \"+03:00\"", "timeZone: Europe/Moscow");
        assertFails(zone, line(zone, "timeZone") + ": timeZone: 'Europe/Moscow' is not a UTC offset like +03:00");
    }

    @Test
    void shouldRefuseAnAddOnHoldingTwoKindsOfUnit() {
        String broken = SMALL.replace("data: 1 GB, price", "data: 1 GB, minutes: 100, price");
        assertFails(broken, line(broken, "internet-1gb, name")
                + ": addOns[0]: an add-on holds exactly one of minutes, sms or data (like data: 5 GB)");
    }

    @Test
    void shouldRefuseASecondFavouritesService() {
        String broken = SMALL.replace("    name: Voice mail\n", "    name: Voice mail\n    favourites: {slots: 3, discountPercent: 50}\n")
                .replace("    name: Missed-call notice\n", "    name: Missed-call notice\n    favourites: {slots: 1, discountPercent: 100}\n");
        assertFails(broken, line(broken, "  - id: missed-calls") + ": services[1]: only one service may offer favourite numbers; "
                + "services[0] (" + line(broken, "  - id: voicemail").replace(FILE + ":", "line ") + ") already does");
    }

    @Test
    void shouldNameAMissingFileInItsOwnWords() {
        BadInputException e = assertThrows(BadInputException.class, () -> CatalogLoader.load(Path.of("no-such-catalog.yaml")));
        assertEquals("no-such-catalog.yaml: no such file", e.getMessage());
    }

    private static Catalog load(String yaml) {
        return CatalogLoader.read(YamlFile.read(new StringReader(yaml), FILE));
    }

    private static void assertFails(String yaml, String expected) {
        BadInputException e = assertThrows(BadInputException.class, () -> load(yaml));
        assertEquals(expected, e.getMessage());
    }

    /** {@code small.yaml:N} where N is the line of the small catalog that contains {@code snippet}. */
    private static String line(String snippet) {
        return line(SMALL, snippet);
    }

    private static String line(String yaml, String snippet) {
        int at = yaml.indexOf(snippet);
        if (at < 0 || yaml.indexOf(snippet, at + 1) >= 0) {
            throw new IllegalArgumentException("'" + snippet + "' must occur exactly once");
        }
        return FILE + ":" + (yaml.substring(0, at).chars().filter(c -> c == '\n').count() + 1);
    }

    private static String resource(String name) {
        try (InputStream in = CatalogLoaderErrorsTest.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
