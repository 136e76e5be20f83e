package io.telesim.simulator.catalog;

import io.telesim.billing.catalog.Allowance;
import io.telesim.billing.catalog.BundleScope;
import io.telesim.billing.catalog.FamilyTerms;
import io.telesim.billing.catalog.Fee;
import io.telesim.billing.catalog.PriceList;
import io.telesim.billing.catalog.Rounding;
import io.telesim.billing.catalog.Tariff;
import io.telesim.simulator.yaml.YamlMap;
import io.telesim.simulator.yaml.YamlNode;

/**
 * Reads one item of {@code tariffs}: its fee, monthly bundles (minutes, SMS, a data size), prices
 * beyond the bundles by destination class, rounding, and the family or convergent terms.
 */
final class TariffReader {

    private TariffReader() {
    }

    static Tariff read(YamlNode node, CatalogReferences references) {
        YamlMap tariff = node.asMap("id", "name", "fee", "switchFee", "bundles", "prices", "rounding", "family", "convergent");
        String id = references.define(CatalogReferences.Kind.TARIFF, tariff.get("id"));
        String name = tariff.get("name").asString();
        Fee fee = tariff.find("fee").map(CatalogFields::fee).orElse(Fee.NONE);
        long switchFee = tariff.find("switchFee").map(YamlNode::asKopecks).orElse(0L);
        Allowance allowance = tariff.find("bundles").map(TariffReader::bundles).orElse(Allowance.NONE);

        YamlMap prices = tariff.get("prices").asMap("voice", "sms", "dataPerMb", "callConnection", "ussd");
        PriceList voice = CatalogFields.priceList(prices.get("voice"));
        PriceList sms = CatalogFields.priceList(prices.get("sms"));
        long dataPerMb = CatalogFields.price(prices.get("dataPerMb"));
        long callConnection = prices.find("callConnection").map(YamlNode::asKopecks).orElse(0L);
        long ussd = prices.find("ussd").map(YamlNode::asKopecks).orElse(0L);

        YamlMap rounding = tariff.get("rounding").asMap("voice", "data");
        Rounding voiceRounding = CatalogFields.voiceRounding(rounding.get("voice"));
        Rounding dataRounding = CatalogFields.dataRounding(rounding.get("data"));

        FamilyTerms family = tariff.find("family").map(f -> family(f, references)).orElse(null);
        if (family != null) {
            references.familyTariff(id);
        }
        boolean convergent = tariff.find("convergent").map(YamlNode::asBoolean).orElse(false);
        return node.build(() -> new Tariff(id, name, fee, allowance, voice, callConnection, voiceRounding, sms, dataPerMb,
                dataRounding, ussd, switchFee, family, convergent));
    }

    /** {@code {minutes: 500, sms: 100, data: 20 GB, minutesScope: russia, smsScope: russia}}. */
    private static Allowance bundles(YamlNode node) {
        YamlMap bundles = node.asMap("minutes", "sms", "data", "minutesScope", "smsScope");
        long minutes = bundles.find("minutes").map(n -> n.asLong(0, Integer.MAX_VALUE / 60)).orElse(0L);
        long sms = bundles.find("sms").map(n -> n.asLong(0, Integer.MAX_VALUE)).orElse(0L);
        long data = bundles.find("data").map(YamlNode::asBytes).orElse(0L);
        BundleScope minutesScope = bundles.find("minutesScope").map(CatalogFields::scope).orElse(BundleScope.RUSSIA);
        BundleScope smsScope = bundles.find("smsScope").map(CatalogFields::scope).orElse(BundleScope.RUSSIA);
        return node.build(() -> new Allowance(minutes * 60, minutesScope, sms, smsScope, data));
    }

    /** {@code {maxSims: 5, memberFee: 150.00, leaveTariff: smart}}; the member fee is monthly. */
    private static FamilyTerms family(YamlNode node, CatalogReferences references) {
        YamlMap family = node.asMap("maxSims", "memberFee", "leaveTariff");
        int maxSims = family.get("maxSims").asInt(2, FamilyTerms.MAX_SIMS);
        long memberFee = family.get("memberFee").asKopecks();
        String leave = references.referToNonFamilyTariff(family.get("leaveTariff"));
        return node.build(() -> new FamilyTerms(maxSims, memberFee, leave));
    }
}
