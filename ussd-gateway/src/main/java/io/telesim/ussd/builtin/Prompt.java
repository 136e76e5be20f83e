package io.telesim.ussd.builtin;

import java.util.concurrent.CompletionStage;
import java.util.function.LongFunction;
import java.util.function.ToLongFunction;

/**
 * A screen that asks the user to type a value (a number, an amount). A value {@code read} refuses asks
 * again with the reason; {@code 0} goes back when there is somewhere to go back to.
 */
final class Prompt {

    private Prompt() {
    }

    /**
     * @param read reads the typed text, or throws {@link IllegalArgumentException} with a text to show
     * @param then the next turn for the value read
     */
    static CompletionStage<Turn> ask(String question, Page back, ToLongFunction<String> read, LongFunction<CompletionStage<Turn>> then) {
        return turn(question, question, back, read, then).now();
    }

    private static Turn turn(String text, String question, Page back, ToLongFunction<String> read,
                             LongFunction<CompletionStage<Turn>> then) {
        return Turn.ask(back == null ? text : text + "\n0 Back", input -> {
            if (back != null && input.equals("0")) {
                return back.open();
            }
            long value;
            try {
                value = read.applyAsLong(input);
            } catch (IllegalArgumentException e) {
                return turn(e.getMessage() + "\n" + question, question, back, read, then).now();
            }
            return then.apply(value);
        });
    }
}
