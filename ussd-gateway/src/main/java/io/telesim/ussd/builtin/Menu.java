package io.telesim.ussd.builtin;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * A numbered menu: a heading, items {@code 1..n}, and {@code 0 Back} when there is somewhere to go back
 * to. An answer that is not one of the numbers shows the menu again with a hint.
 */
final class Menu {

    static final String CANCELLED = "Cancelled. Nothing was changed.";

    private final String heading;
    private final List<String> labels = new ArrayList<>();
    private final List<Page> pages = new ArrayList<>();
    private Page back;

    private Menu(String heading) {
        this.heading = heading;
    }

    static Menu titled(String heading) {
        return new Menu(heading);
    }

    /** A yes/no question before an action: yes runs {@code yes}, no ends the session with nothing changed. */
    static CompletionStage<Turn> confirm(String question, Page yes) {
        return titled(question).item("Yes", yes).item("No", () -> Turn.end(CANCELLED).now()).open();
    }

    Menu item(String label, Page page) {
        labels.add(label);
        pages.add(page);
        return this;
    }

    /** Where {@code 0} goes; null leaves {@code 0} out. */
    Menu back(Page page) {
        this.back = page;
        return this;
    }

    CompletionStage<Turn> open() {
        return ask(heading).now();
    }

    private Turn ask(String top) {
        StringBuilder text = new StringBuilder(top);
        for (int i = 0; i < labels.size(); i++) {
            text.append('\n').append(i + 1).append(' ').append(labels.get(i));
        }
        if (back != null) {
            text.append("\n0 Back");
        }
        return Turn.ask(text.toString(), this::choose);
    }

    private CompletionStage<Turn> choose(String input) {
        if (back != null && input.equals("0")) {
            return back.open();
        }
        int choice = Typed.choice(input, labels.size());
        if (choice < 0) {
            String range = labels.size() == 1 ? "1" : "1-" + labels.size();
            return ask("Please answer " + range + (back != null ? " or 0" : "") + ".\n" + heading).now();
        }
        return pages.get(choice).open();
    }
}
