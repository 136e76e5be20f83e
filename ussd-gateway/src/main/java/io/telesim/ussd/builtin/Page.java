package io.telesim.ussd.builtin;

import java.util.concurrent.CompletionStage;

/** A screen a dialog can show again, such as the menu that "0 Back" returns to. */
@FunctionalInterface
interface Page {

    CompletionStage<Turn> open();
}
