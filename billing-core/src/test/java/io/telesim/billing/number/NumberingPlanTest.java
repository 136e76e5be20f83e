package io.telesim.billing.number;

import static io.telesim.billing.TestNumbers.ALMATY;
import static io.telesim.billing.TestNumbers.ANNA;
import static io.telesim.billing.TestNumbers.KAZAN_OURS;
import static io.telesim.billing.TestNumbers.LONDON;
import static io.telesim.billing.TestNumbers.MOSCOW;
import static io.telesim.billing.TestNumbers.MOSCOW_OTHER;
import static io.telesim.billing.TestNumbers.PETERSBURG_OTHER;
import static io.telesim.billing.TestNumbers.PETERSBURG_OURS;
import static io.telesim.billing.TestNumbers.SAINT_PETERSBURG;
import static io.telesim.billing.TestNumbers.TATARSTAN;
import static io.telesim.billing.TestNumbers.UNLISTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.telesim.billing.TestCatalogs;

class NumberingPlanTest {

    private final NumberingPlan plan = TestCatalogs.numberingPlan();

    @Test
    void shouldClassifyCallsFromMoscowByOperatorAndRegion() {
        assertEquals(DestinationClass.ON_NET, plan.classify(MOSCOW, ANNA));
        assertEquals(DestinationClass.ON_NET, plan.classify(MOSCOW, PETERSBURG_OURS), "our network is on-net in every region");
        assertEquals(DestinationClass.OFF_NET, plan.classify(MOSCOW, MOSCOW_OTHER));
        assertEquals(DestinationClass.OTHER_REGION, plan.classify(MOSCOW, PETERSBURG_OTHER));
        assertEquals(DestinationClass.OTHER_REGION, plan.classify(MOSCOW, UNLISTED), "a +7 number we cannot place");
        assertEquals(DestinationClass.INTERNATIONAL, plan.classify(MOSCOW, ALMATY), "Kazakhstan shares +7 but is abroad");
        assertEquals(DestinationClass.INTERNATIONAL, plan.classify(MOSCOW, LONDON));
    }

    @Test
    void shouldClassifyAnotherOperatorByTheCallersRegion() {
        assertEquals(DestinationClass.OFF_NET, plan.classify(SAINT_PETERSBURG, PETERSBURG_OTHER));
        assertEquals(DestinationClass.OTHER_REGION, plan.classify(SAINT_PETERSBURG, MOSCOW_OTHER));
    }

    @Test
    void shouldTellFreeShortNumbersFromPaidOnes() {
        for (String free : List.of("0611", "3339", "100", "112")) {
            assertEquals(DestinationClass.FREE_SHORT, plan.classify(MOSCOW, PartyNumber.parse(free)), free);
        }
        assertEquals(DestinationClass.SHORT, plan.classify(MOSCOW, PartyNumber.parse("5030")));
        assertEquals(DestinationClass.SHORT, plan.classify(MOSCOW, PartyNumber.parse("611")), "611 is not 0611");
    }

    @Test
    void shouldPlaceNumbersInRegionsAndTheirFirstAndLastNumbersToo() {
        assertEquals(MOSCOW, plan.regionOf(ANNA));
        assertEquals(SAINT_PETERSBURG, plan.regionOf(PETERSBURG_OURS));
        assertEquals(TATARSTAN, plan.regionOf(KAZAN_OURS));
        assertEquals(MOSCOW, plan.regionOf(79_160_000_000L));
        assertEquals(MOSCOW, plan.regionOf(79_169_999_999L));
        assertEquals(Region.UNKNOWN, plan.regionOf(79_180_000_000L), "just past our Tatarstan block");
        assertEquals(Region.UNKNOWN, plan.regionOf(UNLISTED));
        assertEquals("Saint Petersburg", plan.region(SAINT_PETERSBURG).name());
    }

    @Test
    void shouldKnowWhichNumbersAreOurs() {
        assertTrue(plan.isOnNet(ANNA));
        assertTrue(plan.isOnNet(KAZAN_OURS));
        assertFalse(plan.isOnNet(MOSCOW_OTHER));
        assertFalse(plan.isOnNet(ALMATY));
        assertFalse(plan.isOnNet(UNLISTED));
    }

    @Test
    void shouldListFreeShortNumbersInOrder() {
        assertEquals(List.of("0611", "100", "112", "3339"), plan.freeShortNumbers());
    }

    @Test
    void shouldRefuseOverlappingRanges() {
        List<Region> regions = List.of(new Region(MOSCOW, "Moscow"));
        List<NumberRange> ranges = List.of(
                new NumberRange(79_160_000_000L, 79_169_999_999L, "Telesim", NumberRange.Kind.OUR_NETWORK, MOSCOW),
                new NumberRange(79_169_000_000L, 79_179_999_999L, "Other", NumberRange.Kind.OTHER_OPERATOR, MOSCOW));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new NumberingPlan(regions, ranges, Set.of()));
        assertTrue(e.getMessage().contains("overlap"), e.getMessage());
    }

    @Test
    void shouldRefuseARangeInAnUnknownRegion() {
        List<NumberRange> ranges = List.of(
                new NumberRange(79_160_000_000L, 79_169_999_999L, "Telesim", NumberRange.Kind.OUR_NETWORK, SAINT_PETERSBURG));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new NumberingPlan(List.of(new Region(MOSCOW, "Moscow")), ranges, Set.of()));
        assertTrue(e.getMessage().contains("unknown region 78"), e.getMessage());
    }

    @Test
    void shouldRefuseAFreeShortNumberThatIsNotShort() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new NumberingPlan(List.of(), List.of(), Set.of("+7 916 000 00 01")));
        assertTrue(e.getMessage().contains("not a short number"), e.getMessage());
    }

    @Test
    void shouldRefuseARangeThatEndsBeforeItStarts() {
        assertThrows(IllegalArgumentException.class,
                () -> new NumberRange(79_169_999_999L, 79_160_000_000L, "Telesim", NumberRange.Kind.OUR_NETWORK, MOSCOW));
    }
}
