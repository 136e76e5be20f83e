package io.telesim.ussd.session;

import java.util.ArrayList;
import java.util.List;

import io.telesim.billing.text.Gsm7Alphabet;

/**
 * Cuts a service's text into USSD screens: 182 characters when all of it is in the GSM 7-bit
 * alphabet (extension characters counting two), else 80 UCS2 characters. Every page but the last
 * ends with {@value #MORE}, every page but the first with {@value #BACK}; pages break at a line end
 * or a space where one is at hand.
 */
public final class ScreenPager {

    /** The input that shows the next page. */
    public static final String MORE_KEY = "98";
    /** The input that shows the page before. */
    public static final String BACK_KEY = "0";

    static final int GSM7_SCREEN = 182;
    static final int UCS2_SCREEN = 80;
    static final String MORE = "98 More";
    static final String BACK = "0 Back";

    private ScreenPager() {
    }

    /** The screens of {@code text}; one when it fits. */
    public static List<String> pages(String text) {
        boolean gsm7 = Gsm7Alphabet.septets(text) >= 0;
        int limit = gsm7 ? GSM7_SCREEN : UCS2_SCREEN;
        if (costOf(text, 0, text.length(), gsm7) <= limit) {
            return List.of(text);
        }
        List<String> pages = new ArrayList<>();
        int from = 0;
        while (true) {
            boolean first = pages.isEmpty();
            String lastSuffix = "\n" + BACK;
            if (!first && costOf(text, from, text.length(), gsm7) + costOf(lastSuffix, gsm7) <= limit) {
                pages.add(text.substring(from) + lastSuffix);
                return pages;
            }
            String suffix = first ? "\n" + MORE : "\n" + MORE + "\n" + BACK;
            int end = cut(text, from, limit - costOf(suffix, gsm7), gsm7);
            pages.add(text.substring(from, end) + suffix);
            from = end < text.length() && Character.isWhitespace(text.charAt(end)) ? end + 1 : end;
        }
    }

    /** Where a page starting at {@code from} with room for {@code budget} ends: at a break if there is one. */
    private static int cut(String text, int from, int budget, boolean gsm7) {
        int end = from;
        int used = 0;
        while (end < text.length()) {
            int cost = gsm7 ? Gsm7Alphabet.cost(text.charAt(end)) : 1;
            if (used + cost > budget) {
                break;
            }
            used += cost;
            end++;
        }
        if (end < text.length() && Character.isLowSurrogate(text.charAt(end))) {
            end--;
        }
        int lineEnd = text.lastIndexOf('\n', end);
        if (lineEnd > from) {
            return lineEnd;
        }
        int space = text.lastIndexOf(' ', end);
        return space > from ? space : end;
    }

    private static int costOf(String text, boolean gsm7) {
        return costOf(text, 0, text.length(), gsm7);
    }

    private static int costOf(String text, int from, int to, boolean gsm7) {
        return gsm7 ? Gsm7Alphabet.septets(text.subSequence(from, to)) : to - from;
    }
}
