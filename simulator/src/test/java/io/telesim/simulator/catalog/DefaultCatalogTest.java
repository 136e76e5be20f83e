package io.telesim.simulator.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.telesim.billing.catalog.AddOn;
import io.telesim.billing.catalog.BundleScope;
import io.telesim.billing.catalog.Catalog;
import io.telesim.billing.catalog.FeePeriod;
import io.telesim.billing.catalog.PriceList;
import io.telesim.billing.catalog.Rounding;
import io.telesim.billing.catalog.Tariff;
import io.telesim.billing.catalog.TariffChangePolicy;
import io.telesim.billing.catalog.UsageUnit;
import io.telesim.billing.number.DestinationClass;
import io.telesim.billing.number.NumberingPlan;
import io.telesim.billing.number.PartyNumber;

class DefaultCatalogTest {

    private static final long GB = 1L << 30;
    private static final int MOSCOW = 77;

    private final Catalog catalog = CatalogLoader.loadDefault();

    @Test
    void shouldOfferTheFourKindsOfTariffTheProductNames() {
        assertEquals(List.of("payg", "smart", "family", "home", "daily"), catalog.tariffs().stream().map(Tariff::id).toList());
        assertEquals("smart", catalog.tariff(catalog.defaultTariff()).id());
        assertEquals(ZoneOffset.ofHours(3), catalog.calendar().zone());

        Tariff payg = tariff("payg");
        assertEquals(Rounding.PER_SECOND, payg.voiceRounding());
        assertEquals(0, payg.fee().kopecks());

        Tariff smart = tariff("smart");
        assertEquals(55_000, smart.fee().kopecks());
        assertEquals(FeePeriod.MONTHLY, smart.fee().period());
        assertEquals(500 * 60, smart.allowance().voiceSeconds());
        assertEquals(500, smart.allowance().sms());
        assertEquals(20 * GB, smart.allowance().dataBytes());
        assertEquals(Rounding.PER_MINUTE, smart.voiceRounding());

        Tariff family = tariff("family");
        assertEquals(5, family.family().maxSims());
        assertEquals(15_000, family.family().memberMonthlyFee());
        assertEquals(catalog.tariffIndex("smart"), catalog.familyLeaveTariff(catalog.tariffIndex("family")));

        assertTrue(tariff("home").convergent());
        assertNull(tariff("home").family());
    }

    @Test
    void shouldPriceCallsBeyondTheBundleLikeTheRussianMarket() {
        for (Tariff t : catalog.tariffs()) {
            for (DestinationClass d : List.of(DestinationClass.ON_NET, DestinationClass.OFF_NET, DestinationClass.OTHER_REGION)) {
                long perMinute = t.voicePerMinute().price(d);
                assertTrue(perMinute >= 50 && perMinute <= 300, t.id() + " " + d + " costs " + perMinute + " kopecks a minute");
            }
            long monthly = t.fee().period() == FeePeriod.DAILY ? t.fee().kopecks() * 30 : t.fee().kopecks();
            assertTrue(monthly == 0 || monthly >= 30_000 && monthly <= 90_000, t.id() + " costs " + monthly + " a month");
        }
        Tariff daily = tariff("daily");
        assertEquals(1_600, daily.fee().kopecks());
        assertEquals(FeePeriod.DAILY, daily.fee().period());
        assertEquals(PriceList.BARRED, daily.voicePerMinute().price(DestinationClass.INTERNATIONAL));
        assertEquals(BundleScope.HOME_REGION, daily.allowance().voiceScope());
        assertEquals(new Rounding(1 << 20, 102_400), daily.dataRounding());
        assertEquals(50, daily.voiceConnectionFee());
    }

    @Test
    void shouldListTheServicesOfTheSelfServiceAccountWithTheirCodesAndIncompatibilities() {
        assertTrue(catalog.services().size() >= 8);
        int numberManagement = catalog.serviceByUssdCode("*111*828*1#");
        assertEquals("number-management", catalog.service(numberManagement).id());
        assertEquals(230, catalog.service(catalog.serviceIndex("voicemail")).fee().kopecks());
        assertEquals(3, catalog.service(catalog.favouritesService()).favourites().slots());

        int contentBan = catalog.serviceIndex("content-ban");
        int news = catalog.serviceIndex("news");
        int horoscope = catalog.serviceIndex("horoscope");
        assertEquals((1L << news) | (1L << horoscope), catalog.incompatibleMask(contentBan));
        assertNotEquals(0, catalog.incompatibleMask(news) & (1L << contentBan));
        assertNotEquals(0, catalog.incompatibleMask(catalog.serviceIndex("missed-calls")) & (1L << catalog.serviceIndex("voicemail")));
    }

    @Test
    void shouldSellThreeInternetAddOnsTwoOfThemForPoints() {
        assertEquals(List.of("internet-1gb", "internet-5gb", "internet-20gb"), catalog.addOns().stream().map(AddOn::id).toList());
        assertTrue(catalog.addOns().stream().allMatch(a -> a.unit() == UsageUnit.DATA_BYTES));
        assertEquals(5 * GB, catalog.addOn(1).units());
        assertEquals(35_000, catalog.addOn(1).price());
        assertEquals(catalog.addOnIndex("internet-5gb"), catalog.rewardAddOn(1));
    }

    @Test
    void shouldClassifyNumbersByTheNumberingPlan() {
        NumberingPlan plan = catalog.numbering();

        assertEquals(DestinationClass.ON_NET, plan.classify(MOSCOW, PartyNumber.parse("+7 921 000-00-01")));
        assertEquals(DestinationClass.OFF_NET, plan.classify(MOSCOW, PartyNumber.parse("+7 903 123-45-67")));
        assertEquals(DestinationClass.OTHER_REGION, plan.classify(MOSCOW, PartyNumber.parse("+7 911 123-45-67")));
        assertEquals(DestinationClass.OTHER_REGION, plan.classify(MOSCOW, PartyNumber.parse("+7 926 700-00-00")));
        assertEquals(DestinationClass.INTERNATIONAL, plan.classify(MOSCOW, PartyNumber.parse("+7 701 234-56-78")));
        assertEquals(DestinationClass.INTERNATIONAL, plan.classify(MOSCOW, PartyNumber.parse("+44 20 7123 4567")));
        assertEquals(DestinationClass.SHORT, plan.classify(MOSCOW, PartyNumber.parse("5050")));
        for (String free : List.of("0611", "100", "112", "3339", "0890")) {
            assertEquals(DestinationClass.FREE_SHORT, plan.classify(MOSCOW, PartyNumber.parse(free)), free);
        }
        assertEquals(50, plan.regionOf(PartyNumber.parse("+7 985 000-00-01")));
    }

    @Test
    void shouldGiveEveryPolicy() {
        var policies = catalog.policies();
        assertEquals(183, policies.account().inactivityDays());
        assertEquals(600, policies.account().reservationValiditySeconds());
        assertEquals(450, policies.transfer().feeBasisPoints());
        assertEquals(-3_000, policies.promisedPayment().minBalance());
        assertEquals(2_500, policies.promisedPayment().feeFor(30_000));
        assertEquals(500, policies.bonus().kopecksPerPointSpent());
        assertEquals(TariffChangePolicy.BundleGrant.PRORATED, policies.tariffChange().grant());
        assertEquals(300_000, policies.topUp().autoMaxAmount());
    }

    private Tariff tariff(String id) {
        return catalog.tariff(catalog.tariffIndex(id));
    }
}
