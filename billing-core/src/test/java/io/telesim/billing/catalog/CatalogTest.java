package io.telesim.billing.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.telesim.billing.TariffDraft;
import io.telesim.billing.TestCatalogs;

/** The catalog's indexes and the references it checks when it is built. */
class CatalogTest {

    private final Catalog catalog = TestCatalogs.standard();

    @Test
    void shouldFindTariffsServicesAndAddOnsByIdAndNumberManagementByItsCode() {
        assertEquals("smart", catalog.tariff(catalog.tariffIndex("smart")).id());
        assertEquals(-1, catalog.tariffIndex("unlimited"));
        assertEquals(catalog.serviceIndex("number-management"), catalog.serviceByUssdCode("*111*828*1#"));
        assertEquals(-1, catalog.serviceByUssdCode("*100#"));
        assertEquals(catalog.tariffIndex("go"), catalog.defaultTariff());
        assertEquals(3, catalog.addOns().size());
        assertEquals(catalog.serviceIndex("favourites"), catalog.favouritesService());
    }

    @Test
    void shouldMakeIncompatibilityMutual() {
        int voicemail = catalog.serviceIndex("voicemail");
        int missedCalls = catalog.serviceIndex("missed-calls");

        assertEquals(1L << missedCalls, catalog.incompatibleMask(voicemail));
        assertEquals(1L << voicemail, catalog.incompatibleMask(missedCalls));
        assertEquals(0, catalog.incompatibleMask(catalog.serviceIndex("music")));
    }

    @Test
    void shouldSendLeavingFamilyMembersToTheLeaveTariff() {
        assertEquals(catalog.tariffIndex("go"), catalog.familyLeaveTariff(catalog.tariffIndex("family")));
        assertEquals(-1, catalog.familyLeaveTariff(catalog.tariffIndex("smart")));
    }

    @Test
    void shouldRefuseAnIncompatibilityWithAnUnknownService() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TestCatalogs.builder()
                .service("voicemail", s -> new ServiceSpec(s.id(), s.name(), s.ussdCode(), 0, s.fee(), List.of("fax"), null))
                .build());
        assertTrue(e.getMessage().contains("'fax'"), e.getMessage());
    }

    @Test
    void shouldRefuseAFamilyWhoseMembersLeaveToAnotherFamilyTariff() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TestCatalogs.builder()
                .tariff("family", t -> t.family(new FamilyTerms(5, 20_000, "family")))
                .build());
        assertTrue(e.getMessage().contains("not a family tariff"), e.getMessage());
    }

    @Test
    void shouldRefuseATariffIdUsedTwice() {
        Tariff go = catalog.tariff(0);
        Tariff goAgain = TariffDraft.of(go).monthlyFee(100).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Catalog("twice", catalog.calendar(),
                catalog.numbering(), List.of(go, goAgain), catalog.services(), catalog.addOns(), catalog.policies(), "go"));
        assertNotEquals(-1, e.getMessage().indexOf("used twice"), e.getMessage());
    }

    @Test
    void shouldRefuseAFamilyOfMoreThanFiveSims() {
        assertThrows(IllegalArgumentException.class, () -> new FamilyTerms(6, 0, "go"));
    }

    @Test
    void shouldProrateAnAllowanceToWholeMinutes() {
        Allowance allowance = new Allowance(500 * 60, BundleScope.RUSSIA, 500, BundleScope.RUSSIA, 31 * 1_000);

        Allowance ten = allowance.prorated(10, 31);

        assertEquals(161 * 60, ten.voiceSeconds(), "500 × 10/31 = 161.3 minutes");
        assertEquals(161, ten.sms());
        assertEquals(10 * 1_000, ten.dataBytes());
    }
}
