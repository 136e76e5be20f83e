package io.telesim.simulator.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.telesim.billing.catalog.AccountPolicies;
import io.telesim.billing.catalog.BonusPolicy;
import io.telesim.billing.catalog.Policies;
import io.telesim.billing.catalog.PromisedPaymentPolicy;
import io.telesim.billing.catalog.TariffChangePolicy;
import io.telesim.billing.catalog.TopUpPolicy;
import io.telesim.billing.catalog.TransferPolicy;
import io.telesim.simulator.yaml.YamlMap;
import io.telesim.simulator.yaml.YamlNode;

/** Reads the {@code policies} section: promised payment, transfers, top-ups, bonus points, tariff change, account life. */
final class PoliciesReader {

    private static final Map<String, TariffChangePolicy.BundleGrant> GRANTS = CatalogFields.choices(List.of("full", "prorated"),
            List.of(TariffChangePolicy.BundleGrant.FULL, TariffChangePolicy.BundleGrant.PRORATED));

    private PoliciesReader() {
    }

    static Policies read(YamlNode node, CatalogReferences references) {
        YamlMap policies = node.asMap("promisedPayment", "transfer", "topUp", "bonus", "tariffChange", "account");
        PromisedPaymentPolicy promised = promisedPayment(policies.get("promisedPayment"));
        TransferPolicy transfer = transfer(policies.get("transfer"));
        TopUpPolicy topUp = topUp(policies.get("topUp"));
        BonusPolicy bonus = bonus(policies.get("bonus"), references);
        TariffChangePolicy tariffChange = tariffChange(policies.get("tariffChange"));
        AccountPolicies account = account(policies.get("account"));
        return node.build(() -> new Policies(promised, transfer, topUp, bonus, tariffChange, account));
    }

    private static PromisedPaymentPolicy promisedPayment(YamlNode node) {
        YamlMap p = node.asMap("minAmount", "maxAmount", "fees", "dueDays", "minAccountAgeDays", "minTopUpsLastThreeMonths",
                "minBalance");
        long min = p.get("minAmount").asKopecks();
        long max = p.get("maxAmount").asKopecks();
        List<PromisedPaymentPolicy.FeeTier> tiers = new ArrayList<>();
        for (YamlNode item : p.get("fees").asList()) {
            YamlMap tier = item.asMap("upTo", "fee");
            long upTo = tier.get("upTo").asKopecks();
            long fee = tier.get("fee").asKopecks();
            tiers.add(item.build(() -> new PromisedPaymentPolicy.FeeTier(upTo, fee)));
        }
        int dueDays = p.get("dueDays").asInt(1, 366);
        int minAge = p.get("minAccountAgeDays").asInt(0, 36_600);
        long minTopUps = p.get("minTopUpsLastThreeMonths").asKopecks();
        // The lowest balance a credit may be taken from: usually below zero, so no sign check here.
        long minBalance = p.get("minBalance").asMoney().kopecks();
        return node.build(() -> new PromisedPaymentPolicy(min, max, tiers, dueDays, minAge, minTopUps, minBalance));
    }

    private static TransferPolicy transfer(YamlNode node) {
        YamlMap t = node.asMap("minAmount", "maxAmount", "maxPerDay", "feePercent", "minFee", "minRemainingBalance");
        long min = t.get("minAmount").asKopecks();
        long max = t.get("maxAmount").asKopecks();
        long perDay = t.get("maxPerDay").asKopecks();
        YamlNode percentNode = t.get("feePercent");
        long basisPoints = percentNode.asScaled(2);
        if (basisPoints < 0 || basisPoints > 10_000) {
            throw percentNode.error("a fee is 0 to 100 percent, got " + percentNode.text());
        }
        long minFee = t.get("minFee").asKopecks();
        long remaining = t.get("minRemainingBalance").asKopecks();
        return node.build(() -> new TransferPolicy(min, max, perDay, (int) basisPoints, minFee, remaining));
    }

    private static TopUpPolicy topUp(YamlNode node) {
        YamlMap t = node.asMap("minAmount", "maxAmount", "autoMinAmount", "autoMaxAmount");
        long min = t.get("minAmount").asKopecks();
        long max = t.get("maxAmount").asKopecks();
        long autoMin = t.get("autoMinAmount").asKopecks();
        long autoMax = t.get("autoMaxAmount").asKopecks();
        return node.build(() -> new TopUpPolicy(min, max, autoMin, autoMax));
    }

    /** One point per {@code spentPerPoint} roubles charged for usage and per {@code toppedUpPerPoint} roubles topped up. */
    private static BonusPolicy bonus(YamlNode node, CatalogReferences references) {
        YamlMap b = node.asMap("spentPerPoint", "toppedUpPerPoint", "rewards", "minGiftPoints", "giftExpiryDays");
        long spent = b.get("spentPerPoint").asKopecks();
        long toppedUp = b.get("toppedUpPerPoint").asKopecks();
        List<BonusPolicy.Reward> rewards = new ArrayList<>();
        for (YamlNode item : b.list("rewards")) {
            YamlMap reward = item.asMap("addOn", "points");
            String addOn = references.refer(CatalogReferences.Kind.ADD_ON, reward.get("addOn"));
            long points = reward.get("points").asLong(1, Long.MAX_VALUE);
            rewards.add(item.build(() -> new BonusPolicy.Reward(addOn, points)));
        }
        long minGift = b.get("minGiftPoints").asLong(1, Long.MAX_VALUE);
        int giftDays = b.get("giftExpiryDays").asInt(1, 3660);
        return node.build(() -> new BonusPolicy(spent, toppedUp, rewards, minGift, giftDays));
    }

    /** {@code {grant: prorated}} or {@code {grant: full}}. */
    private static TariffChangePolicy tariffChange(YamlNode node) {
        YamlMap t = node.asMap("grant");
        TariffChangePolicy.BundleGrant grant = t.get("grant").asChoice(GRANTS);
        return node.build(() -> new TariffChangePolicy(grant));
    }

    private static AccountPolicies account(YamlNode node) {
        YamlMap a = node.asMap("inactivityDays", "voluntaryBlockFreeDays", "voluntaryBlockDailyFee", "lowBalanceThreshold",
                "reservationValidity");
        int inactivity = a.get("inactivityDays").asInt(1, 36_600);
        int blockFreeDays = a.get("voluntaryBlockFreeDays").asInt(0, 36_600);
        long blockFee = a.get("voluntaryBlockDailyFee").asKopecks();
        long lowBalance = a.get("lowBalanceThreshold").asKopecks();
        YamlNode validityNode = a.get("reservationValidity");
        long validity = validityNode.asDuration().toSeconds();
        if (validity < 1) {
            throw validityNode.error("a reservation is valid for at least 1 s");
        }
        return node.build(() -> new AccountPolicies(inactivity, blockFreeDays, blockFee, lowBalance, validity));
    }
}
