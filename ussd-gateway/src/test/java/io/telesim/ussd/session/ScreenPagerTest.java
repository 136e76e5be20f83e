package io.telesim.ussd.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

import io.telesim.billing.text.Gsm7Alphabet;

class ScreenPagerTest {

    @Test
    void aGsmTextOf182CharactersIsOneScreen() {
        String text = "a".repeat(182);
        assertEquals(List.of(text), ScreenPager.pages(text));
    }

    @Test
    void aGsmTextOf183CharactersIsTwoPagesWithMoreAndBack() {
        List<String> pages = ScreenPager.pages("a".repeat(183));
        assertEquals(2, pages.size());
        assertTrue(pages.get(0).endsWith("\n98 More"));
        assertFalse(pages.get(0).contains("0 Back"));
        assertTrue(pages.get(1).endsWith("\n0 Back"));
        assertFalse(pages.get(1).contains("98 More"));
    }

    @Test
    void extensionCharactersCountTwo() {
        assertEquals(1, ScreenPager.pages("{".repeat(91)).size());
        assertEquals(2, ScreenPager.pages("{".repeat(92)).size());
    }

    @Test
    void aTextWithACyrillicLetterIsCutAt80Characters() {
        String text = "Баланс" + "a".repeat(74);
        assertEquals(List.of(text), ScreenPager.pages(text));
        List<String> pages = ScreenPager.pages(text + "b");
        assertEquals(2, pages.size());
        pages.forEach(page -> assertTrue(page.length() <= 80, page));
    }

    @Test
    void middlePagesOfferBothMoreAndBack() {
        List<String> pages = ScreenPager.pages("word ".repeat(100));
        assertTrue(pages.size() >= 3);
        assertTrue(pages.get(1).endsWith("\n98 More\n0 Back"));
    }

    @Test
    void pagesBreakAtLineEnds() {
        String menu = ("1 A long menu entry of some length\n").repeat(8);
        List<String> pages = ScreenPager.pages(menu);
        assertTrue(pages.get(0).startsWith("1 A long menu entry of some length\n"));
        assertTrue(pages.get(0).endsWith("of some length\n98 More"), pages.get(0));
    }

    @Property
    void everyPageFitsAScreenAndTheTextIsKept(@ForAll @StringLength(max = 1000) @Chars({'a', 'Z', ' ', '\n', '{', '€', '7'}) String gsm,
                                              @ForAll boolean cyrillic) {
        String text = cyrillic ? gsm.replace('Z', 'Ж') : gsm;
        List<String> pages = ScreenPager.pages(text);
        StringBuilder content = new StringBuilder();
        for (int i = 0; i < pages.size(); i++) {
            String page = pages.get(i);
            int septets = Gsm7Alphabet.septets(page);
            assertTrue(septets >= 0 ? septets <= 182 : page.length() <= 80, page);
            content.append(pages.size() == 1 ? page : page.replace("\n98 More", "").replace("\n0 Back", ""));
        }
        assertEquals(text.replaceAll("\\s", ""), content.toString().replaceAll("\\s", ""));
    }
}
