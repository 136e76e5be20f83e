package io.telesim.ussd.apps;

import io.telesim.ussd.app.UssdScreen;

/** Reads an application's answer: {@code CON <screen>} to go on, {@code END <screen>} to finish. */
final class AppAnswer {

    private AppAnswer() {
    }

    /** The screen in {@code body}, or {@code null} when the body is neither. */
    static UssdScreen parse(String body) {
        if (body.startsWith("CON ")) {
            return UssdScreen.ask(body.substring(4));
        }
        if (body.startsWith("END ")) {
            return UssdScreen.end(body.substring(4));
        }
        return null;
    }
}
