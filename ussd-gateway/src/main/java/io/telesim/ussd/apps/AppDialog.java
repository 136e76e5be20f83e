package io.telesim.ussd.apps;

import java.util.concurrent.CompletionStage;

import io.telesim.ussd.app.UssdDialog;
import io.telesim.ussd.app.UssdEnd;
import io.telesim.ussd.app.UssdRequest;
import io.telesim.ussd.app.UssdScreen;

/** One session with a third-party application: it keeps the inputs so far, which every step sends again. */
final class AppDialog implements UssdDialog {

    private final ThirdPartyApp app;
    private final UssdRequest request;
    /** Steps come one at a time but from different threads. */
    private volatile String text = "";
    private volatile boolean appEnded;

    AppDialog(ThirdPartyApp app, UssdRequest request) {
        this.app = app;
        this.request = request;
    }

    @Override
    public CompletionStage<UssdScreen> start() {
        return step();
    }

    @Override
    public CompletionStage<UssdScreen> reply(String input) {
        text = text.isEmpty() ? input : text + "*" + input;
        return step();
    }

    @Override
    public void ended(UssdEnd reason) {
        if (!appEnded) {
            app.notifyEnded(request, reason);
        }
    }

    private CompletionStage<UssdScreen> step() {
        return app.step(request, text).thenApply(screen -> {
            appEnded = screen.end();
            return screen;
        });
    }
}
