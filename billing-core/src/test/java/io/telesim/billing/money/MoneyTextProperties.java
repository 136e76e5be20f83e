package io.telesim.billing.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

/** Amounts survive being written and read back, and bad text gets a clear error, never a crash. */
class MoneyTextProperties {

    private static final long TRILLION_ROUBLES = 100_000_000_000_000L;

    @Property(tries = 500)
    void aFormattedAmountReadsBackAsTheSameKopecks(@ForAll @LongRange(min = -TRILLION_ROUBLES, max = TRILLION_ROUBLES) long kopecks) {
        String text = Money.format(kopecks);

        assertTrue(text.matches("-?\\d+\\.\\d\\d ₽"), text);
        assertEquals(kopecks, Money.parse(text).kopecks());
        assertEquals(kopecks, Money.parse(Money.plain(kopecks).replace('.', ',')).kopecks());
    }

    @Property(tries = 500)
    void anyTextEitherParsesOrIsRefusedWithAMessage(@ForAll String text) {
        try {
            Money.parse(text);
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage().contains("'" + text + "'"), e.getMessage());
        }
    }

    @Property(tries = 300)
    void anyRunOfDigitsEitherParsesOrIsRefusedWithAMessage(@ForAll("digitRuns") String text) {
        try {
            long kopecks = Money.parse(text).kopecks();
            assertTrue(kopecks >= 0);
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage().contains("too large") || e.getMessage().contains("at most 2 digits"), e.getMessage());
        }
    }

    /** Up to 30 digits, sometimes with a decimal point and up to 30 more. */
    @Provide
    Arbitrary<String> digitRuns() {
        Arbitrary<String> digits = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(30);
        return Combinators.combine(digits, digits, Arbitraries.of("", ".", ","))
                .as((whole, fraction, point) -> point.isEmpty() ? whole : whole + point + fraction);
    }
}
