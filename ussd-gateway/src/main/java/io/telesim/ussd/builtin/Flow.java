package io.telesim.ussd.builtin;

import java.util.concurrent.CompletionStage;

/**
 * A built-in service's conversation for one number: dialled on its own code, or opened from the
 * {@code *111#} menu, in which case {@code back} is the menu ("0 Back"); {@code back} is null otherwise.
 */
@FunctionalInterface
interface Flow {

    CompletionStage<Turn> open(long msisdn, Page back);
}
