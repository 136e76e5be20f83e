package io.telesim.ussd.builtin;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import io.telesim.ussd.app.UssdScreen;

/**
 * One move of a built-in dialog: the screen to show and the step that reads the user's answer to it
 * ({@code null} when the screen ends the session).
 */
record Turn(UssdScreen screen, Step next) {

    /** A screen that waits for an answer, which {@code next} reads. */
    static Turn ask(String text, Step next) {
        return new Turn(UssdScreen.ask(text), next);
    }

    /** The last screen of the session. */
    static Turn end(String text) {
        return new Turn(UssdScreen.end(text), null);
    }

    /** This turn, already decided: for screens that need no answer from the engine. */
    CompletionStage<Turn> now() {
        return CompletableFuture.completedFuture(this);
    }
}
