package io.telesim.ussd.app;

/**
 * What a service answers: the text to show and whether the session ends with it. The text may be
 * longer than one USSD screen; the gateway pages it ({@code 98 More} / {@code 0 Back}).
 */
public record UssdScreen(String text, boolean end) {

    public UssdScreen {
        if (text == null) {
            throw new IllegalArgumentException("a screen needs a text");
        }
    }

    /** A screen that waits for the user's answer. */
    public static UssdScreen ask(String text) {
        return new UssdScreen(text, false);
    }

    /** The last screen of the session. */
    public static UssdScreen end(String text) {
        return new UssdScreen(text, true);
    }
}
