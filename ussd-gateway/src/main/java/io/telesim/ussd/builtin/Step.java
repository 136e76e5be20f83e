package io.telesim.ussd.builtin;

import java.util.concurrent.CompletionStage;

/** Reads the user's answer to a screen and decides the next turn. */
@FunctionalInterface
interface Step {

    CompletionStage<Turn> answer(String input);
}
