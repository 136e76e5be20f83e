package io.telesim.ussd.builtin;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import io.telesim.ussd.app.UssdDialog;
import io.telesim.ussd.app.UssdEnd;
import io.telesim.ussd.app.UssdScreen;
import io.telesim.ussd.app.UssdService;

/** A {@link UssdDialog} that shows a flow's turns and hands each answer to the step the last turn named. */
final class Conversation implements UssdDialog {

    private final Page first;
    // Set on the engine's reply thread when a turn completes, read by the gateway's next reply call.
    private volatile Step next;

    private Conversation(Page first) {
        this.first = first;
    }

    /** The service that opens {@code flow} for the number that dialled. */
    static UssdService of(Flow flow) {
        return request -> new Conversation(() -> flow.open(request.msisdn(), null));
    }

    /** A dialog that starts on {@code first}. */
    static UssdDialog startingAt(Page first) {
        return new Conversation(first);
    }

    @Override
    public CompletionStage<UssdScreen> start() {
        return first.open().thenApply(this::show);
    }

    @Override
    public CompletionStage<UssdScreen> reply(String input) {
        Step step = next;
        if (step == null) {
            return CompletableFuture.completedFuture(UssdScreen.end("This session has ended."));
        }
        return step.answer(input.strip()).thenApply(this::show);
    }

    @Override
    public void ended(UssdEnd reason) {
        next = null;
    }

    private UssdScreen show(Turn turn) {
        next = turn.next();
        return turn.screen();
    }
}
