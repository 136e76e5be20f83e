package io.telesim.billing.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** Rounding charges usage up to the next step, never down and never a whole step too far. */
class RoundingProperties {

    @Property(tries = 500)
    void usageIsChargedUpToTheNextStepAndNoFurther(@ForAll @IntRange(min = 1, max = 120) int first,
                                                    @ForAll @IntRange(min = 1, max = 120) int increment,
                                                    @ForAll @LongRange(min = 1, max = 10_000_000) long units) {
        long charged = new Rounding(first, increment).charged(units);

        assertTrue(charged >= units);
        if (units <= first) {
            assertEquals(first, charged);
        } else {
            assertTrue(charged - units < increment);
            assertEquals(0, (charged - first) % increment);
        }
    }

    @Property(tries = 500)
    void theLongestUsageThatFitsCostsNoMoreThanWhatCanBePaidAndOneUnitMoreWould(
            @ForAll @IntRange(min = 1, max = 120) int first, @ForAll @IntRange(min = 1, max = 120) int increment,
            @ForAll @LongRange(min = 0, max = 10_000_000) long chargeable) {
        Rounding rounding = new Rounding(first, increment);

        long longest = rounding.longestWithin(chargeable);

        assertTrue(rounding.charged(longest) <= chargeable);
        assertTrue(rounding.charged(longest + 1) > chargeable);
    }
}
