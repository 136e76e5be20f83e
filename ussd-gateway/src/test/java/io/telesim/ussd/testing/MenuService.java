package io.telesim.ussd.testing;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;

import io.telesim.ussd.app.UssdDialog;
import io.telesim.ussd.app.UssdEnd;
import io.telesim.ussd.app.UssdRequest;
import io.telesim.ussd.app.UssdScreen;
import io.telesim.ussd.app.UssdService;

/**
 * A service for tests that answers at once: a menu naming the number, "1" shows a balance, "2" ends,
 * anything else is echoed. It records every input that reached it and every end.
 */
public final class MenuService implements UssdService {

    public final List<String> inputs = new CopyOnWriteArrayList<>();
    public final List<UssdEnd> ends = new CopyOnWriteArrayList<>();

    @Override
    public UssdDialog open(UssdRequest request) {
        return new UssdDialog() {
            @Override
            public CompletionStage<UssdScreen> start() {
                return CompletableFuture.completedFuture(UssdScreen.ask("Menu " + request.msisdn() + "\n1 Balance\n2 Bye"));
            }

            @Override
            public CompletionStage<UssdScreen> reply(String input) {
                inputs.add(input);
                return CompletableFuture.completedFuture(switch (input) {
                    case "1" -> UssdScreen.ask("Balance of " + request.msisdn() + ": 100 RUB");
                    case "2" -> UssdScreen.end("Bye");
                    default -> UssdScreen.ask("You said " + input);
                });
            }

            @Override
            public void ended(UssdEnd reason) {
                ends.add(reason);
            }
        };
    }
}
