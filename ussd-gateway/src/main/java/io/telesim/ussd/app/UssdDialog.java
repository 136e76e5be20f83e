package io.telesim.ussd.app;

import java.util.concurrent.CompletionStage;

/**
 * One session's conversation with a service. The gateway calls {@link #start()} once, then
 * {@link #reply} with each input the user sends (never concurrently), and {@link #ended} once at the
 * end whatever the reason. Answers are asynchronous: a service that asks the engine or an HTTP
 * application completes the stage when it knows; the gateway never blocks waiting for it.
 */
public interface UssdDialog {

    /** The first screen after the dial. */
    CompletionStage<UssdScreen> start();

    /** The next screen after the user's {@code input} (already stripped; paging keys never reach here). */
    CompletionStage<UssdScreen> reply(String input);

    /** The session ended; the dialog lets go of anything it holds. */
    default void ended(UssdEnd reason) {
    }
}
