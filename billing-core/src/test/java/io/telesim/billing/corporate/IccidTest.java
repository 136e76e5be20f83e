package io.telesim.billing.corporate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

import io.telesim.billing.account.Iccid;

/** SIM card numbers: 19 digits, 89 first, a Luhn check digit last; a default one per number. */
class IccidTest {

    @Test
    void shouldComputeTheLuhnCheckDigit() {
        assertEquals(3, Iccid.checkDigit(7_992_739_871L), "the textbook example 79927398713");
    }

    @Test
    void shouldDeriveTheDefaultIccidFromTheNumbersDigits() {
        long iccid = Iccid.defaultOf(79_160_000_001L, 0);

        assertEquals("897010916000000100", Long.toString(iccid / 10));
        assertEquals(19, Long.toString(iccid).length());
        assertTrue(Iccid.isValid(iccid));
        assertEquals(79_160_000_001L, Iccid.numberOf(iccid));
    }

    @Test
    void shouldRefuseWhatIsNotAnIccid() {
        long valid = Iccid.defaultOf(79_160_000_001L, 0);

        assertFalse(Iccid.isValid(valid / 10), "18 digits");
        assertFalse(Iccid.isValid(valid + 1), "a wrong check digit");
        assertFalse(Iccid.isValid(0));
        assertFalse(Iccid.isValid(-valid));
        long body = 8_812_345_678_901_234_56L; // 18 digits starting 88
        assertFalse(Iccid.isValid(body * 10 + Iccid.checkDigit(body)), "not 89");
    }

    @Test
    void shouldParseAnIccidAsTypedAndRefuseAMistypedOne() {
        long card = Iccid.defaultOf(79161234567L, 0);
        String grouped = Long.toString(card).replaceAll("(\\d{4})(?=\\d)", "$1 ");

        assertEquals(card, Iccid.parse(grouped));
        assertEquals(card, Iccid.parse(Long.toString(card).substring(0, 5) + "-" + Long.toString(card).substring(5)));
        IllegalArgumentException mistyped = assertThrows(IllegalArgumentException.class,
                () -> Iccid.parse(Long.toString(card / 10 * 10 + (card + 1) % 10)));
        assertTrue(mistyped.getMessage().startsWith("an ICCID is 19 digits starting 89 and ending with its Luhn check digit"));
        assertThrows(IllegalArgumentException.class, () -> Iccid.parse("8970"));
        assertThrows(IllegalArgumentException.class, () -> Iccid.parse(null));
    }

    @Test
    void shouldTellNoNumberForAnIccidOfAnotherForm() {
        long body = 8_970_990_000_000_000_00L;
        assertEquals(0, Iccid.numberOf(body * 10 + Iccid.checkDigit(body)));
    }

    @Property(tries = 500)
    void everyDefaultIccidIsValidAndNamesItsNumber(@ForAll @LongRange(min = 70_000_000_000L, max = 79_999_999_999L) long msisdn,
                                                  @ForAll @IntRange(min = 0, max = 99) int serial) {
        long iccid = Iccid.defaultOf(msisdn, serial);

        assertTrue(Iccid.isValid(iccid));
        assertEquals(msisdn, Iccid.numberOf(iccid));
    }

    @Property(tries = 500)
    void twoNumbersNeverShareADefaultIccid(@ForAll @LongRange(min = 70_000_000_000L, max = 79_999_999_999L) long a,
                                          @ForAll @LongRange(min = 70_000_000_000L, max = 79_999_999_999L) long b) {
        if (a != b) {
            assertNotEquals(Iccid.defaultOf(a, 0), Iccid.defaultOf(b, 0));
        }
    }

    @Property(tries = 500)
    void aChangedDigitIsCaught(@ForAll @LongRange(min = 70_000_000_000L, max = 79_999_999_999L) long msisdn,
                               @ForAll @IntRange(min = 1, max = 16) int position, @ForAll @IntRange(min = 1, max = 9) int change) {
        long iccid = Iccid.defaultOf(msisdn, 0);
        long unit = (long) Math.pow(10, position);
        long digit = iccid / unit % 10;
        long changed = iccid - digit * unit + (digit + change) % 10 * unit;

        assertFalse(Iccid.isValid(changed), () -> iccid + " with a digit changed: " + changed);
    }
}
